package dev.zhiku.llm.library;

import dev.zhiku.llm.gguf.ModelCheck;
import java.nio.file.Path;

/**
 * A model Zhiku can use.
 *
 * @param name       short name (the file name without .gguf)
 * @param path       the GGUF file
 * @param downloaded whether it lives in Zhiku's models folder (downloaded), not just registered where it is
 * @param active     whether answers use it
 * @param check      whether this engine can load it, and its facts
 */
public record InstalledModel(String name, Path path, boolean downloaded, boolean active, ModelCheck check) {
}
