package dev.zhiku.app.ui.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a file with the program the system associates with it. Never throws: a failure is returned as text. */
@FunctionalInterface
public interface FileOpener {

    /** Returns empty when the file was handed to the system, else why it could not be opened. */
    Optional<String> open(Path file);

    /** xdg-open on Linux, open on macOS, the shell's start on Windows. */
    static FileOpener system() {
        return file -> {
            Logger log = LoggerFactory.getLogger(FileOpener.class);
            if (!Files.exists(file)) {
                return Optional.of("the file is no longer there: " + file);
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler",
                    file.toString()) : List.of(os.contains("mac") ? "open" : "xdg-open", file.toString());
            try {
                new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return Optional.empty();
            } catch (Exception e) {
                log.warn("cannot open {}: {}", file, e.toString());
                return Optional.of("no program to open it (" + command.getFirst() + "): " + ErrorText.describe(e));
            }
        };
    }
}
