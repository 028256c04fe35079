package dev.zhiku.llm.library;

import dev.zhiku.llm.discovery.GgufFacts;
import dev.zhiku.llm.gguf.GgufValidator;
import dev.zhiku.llm.gguf.ModelCheck;
import dev.zhiku.llm.gguf.ModelFacts;
import java.nio.file.Path;
import java.util.Optional;

/** Reads what discovery shows of a GGUF file found on disk, with the real header reader and validator. */
public final class GgufFactsReader {

    private GgufFactsReader() {
    }

    public static Optional<GgufFacts> read(Path file) {
        ModelCheck check = GgufValidator.check(file, 4096, 0);
        if (check.facts().isEmpty()) {
            return Optional.of(new GgufFacts("", "", 0, false, check.reason()));
        }
        ModelFacts f = check.facts().get();
        return Optional.of(new GgufFacts(f.architecture(), f.quantization(), f.parameterCount(), check.ok(),
                check.ok() ? "" : check.reason()));
    }
}
