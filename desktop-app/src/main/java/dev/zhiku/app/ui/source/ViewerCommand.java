package dev.zhiku.app.ui.source;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The command that opens a file, and for a PDF at a page: the PDF viewers that take a page argument are tried
 * first (Evince {@code -p}, Okular {@code -p}, Zathura {@code -P}, qpdfview {@code file#page}, Xpdf
 * {@code file page}; on Windows SumatraPDF {@code -page} and Adobe Reader {@code /A page=N}); otherwise the
 * system's opener ({@code xdg-open}, {@code open}, the Windows file handler) without a page.
 *
 * @param command the program and its arguments
 * @param atPage  whether the command shows the page
 */
public record ViewerCommand(List<String> command, boolean atPage) {

    public ViewerCommand {
        command = List.copyOf(command);
    }

    /** The operating systems that open files differently. */
    public enum Platform {
        LINUX, MAC, WINDOWS;

        static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.contains("win") ? WINDOWS : os.contains("mac") ? MAC : LINUX;
        }
    }

    /** Finds a program by name; empty when it is not installed. */
    @FunctionalInterface
    public interface ProgramFinder extends Function<String, Optional<Path>> {
    }

    /** Programs on the {@code PATH}, and on Windows in the usual install folders. */
    static ProgramFinder onPath() {
        return name -> {
            List<Path> places = new ArrayList<>();
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    places.add(Path.of(dir, name));
                }
            }
            if (name.endsWith(".exe")) {
                for (String root : new String[] {System.getenv("ProgramFiles"), System.getenv("ProgramFiles(x86)"),
                        System.getenv("LOCALAPPDATA")}) {
                    if (root != null) {
                        places.add(Path.of(root, "SumatraPDF", name));
                        places.add(Path.of(root, "Adobe", "Acrobat Reader DC", "Reader", name));
                        places.add(Path.of(root, "Adobe", "Acrobat DC", "Acrobat", name));
                    }
                }
            }
            return places.stream().filter(Files::isExecutable).findFirst();
        };
    }

    /** How to open {@code file}; {@code page} 0 opens it without a page. */
    public static ViewerCommand of(Platform platform, ProgramFinder programs, Path file, int page) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (page > 0 && name.endsWith(".pdf") && !Files.isDirectory(file)) {
            Optional<ViewerCommand> paged = platform == Platform.WINDOWS ? windowsPdf(programs, file, page)
                    : platform == Platform.LINUX ? linuxPdf(programs, file, page) : Optional.empty();
            if (paged.isPresent()) {
                return paged.get();
            }
        }
        String f = file.toString();
        return new ViewerCommand(switch (platform) {
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler", f);
            case MAC -> List.of("open", f);
            case LINUX -> List.of("xdg-open", f);
        }, false);
    }

    /** Shows {@code file} selected in the file manager where the platform can, else opens its folder. */
    public static ViewerCommand inFolder(Platform platform, Path file) {
        Path absolute = file.toAbsolutePath();
        return switch (platform) {
            case WINDOWS -> new ViewerCommand(List.of("explorer", "/select," + absolute), false);
            case MAC -> new ViewerCommand(List.of("open", "-R", absolute.toString()), false);
            case LINUX -> new ViewerCommand(List.of("xdg-open", String.valueOf(absolute.getParent())), false);
        };
    }

    private static Optional<ViewerCommand> linuxPdf(ProgramFinder programs, Path file, int page) {
        String f = file.toString();
        String n = Integer.toString(page);
        return programs.apply("evince").map(p -> paged(p, "-p", n, f))
                .or(() -> programs.apply("okular").map(p -> paged(p, "-p", n, f)))
                .or(() -> programs.apply("zathura").map(p -> paged(p, "-P", n, f)))
                .or(() -> programs.apply("qpdfview").map(p -> paged(p, f + "#" + n)))
                .or(() -> programs.apply("xpdf").map(p -> paged(p, f, n)));
    }

    private static Optional<ViewerCommand> windowsPdf(ProgramFinder programs, Path file, int page) {
        String f = file.toString();
        String n = Integer.toString(page);
        return programs.apply("SumatraPDF.exe").map(p -> paged(p, "-page", n, f))
                .or(() -> programs.apply("AcroRd32.exe").map(p -> paged(p, "/A", "page=" + n, f)))
                .or(() -> programs.apply("Acrobat.exe").map(p -> paged(p, "/A", "page=" + n, f)));
    }

    private static ViewerCommand paged(Path program, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(arguments));
        return new ViewerCommand(command, true);
    }
}
