package dev.zhiku.llm.discovery;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A GGUF file found on disk.
 *
 * @param name what the user would call it: the file name, or {@code NAME:TAG} for Ollama
 * @param path the file (for Ollama the content-addressed blob)
 * @param source where it was found
 * @param sizeBytes the file's size
 * @param facts what the GGUF reader said, empty if it could not tell
 */
public record DiscoveredModel(String name, Path path, ModelSource source, long sizeBytes, Optional<GgufFacts> facts) {
}
