package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.TextGenerator;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the local model a command asks for with {@code --model FILE.gguf}, or none with {@code --no-llm}. */
final class Models {

    private Models() {
    }

    /**
     * The model given with {@code --model}, else the active installed one; null with {@code --no-llm} or when no
     * model is installed (answers are then extractive).
     */
    static TextGenerator open(Wiring wiring, CliArgs args) throws Exception {
        if (args.flag("--no-llm")) {
            return null;
        }
        if (args.value("--model") == null) {
            return wiring.modelLibrary().active().map(m -> wiring.localModel(m.path())).orElse(null);
        }
        Path file = Path.of(args.value("--model"));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such model file: " + file);
        }
        return wiring.localModel(file);
    }
}
