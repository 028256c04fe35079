package dev.zhiku.llm.discovery;

import java.nio.file.Path;

/** A folder to search and the application it belongs to. */
public record SearchRoot(Path folder, ModelSource source) {
}
