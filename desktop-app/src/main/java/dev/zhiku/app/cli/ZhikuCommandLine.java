package dev.zhiku.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The {@code zhiku} command line: dispatches to a command and maps every outcome to an exit code — 0 success,
 * 2 bad usage, 1 anything else — with one clear line on stderr and never a stack trace (those go to the log).
 * Commands that are not part of the product (the benchmarks of {@code app.bench}) are {@linkplain #register
 * registered} by {@code app.Main}, so this package does not depend on them.
 */
public final class ZhikuCommandLine {

    /** A command registered from outside this package: runs with the arguments after its name. */
    @FunctionalInterface
    public interface Command {
        int run(List<String> args) throws Exception;
    }

    static final String VERSION = versionFromManifest();

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, BiFunction<PrintStream, PrintStream, Command>> registered = new HashMap<>();

    public ZhikuCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Adds the command {@code name}, made with this command line's standard output and error when it runs. */
    public ZhikuCommandLine register(String name, BiFunction<PrintStream, PrintStream, Command> command) {
        registered.put(name, command);
        return this;
    }

    public int run(String[] argv) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty()) {
            out.println(Usage.TEXT);
            return 0;
        }
        String command = args.getFirst();
        Homes.noticesTo(err);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (command) {
                case "index" -> new IndexCommand(out, err).run(rest);
                case "search" -> new SearchCommand(out).run(rest);
                case "status" -> new StatusCommand(out).run(rest);
                case "eval" -> new EvalCommand(out).run(rest);
                case "ask" -> new AskCommand(out, err, System::console).run(rest);
                case "cloud" -> new CloudCommand(out, System.in).run(rest);
                case "audit" -> new AuditCommand(out).run(rest);
                case "models" -> new ModelsCommand(out, err).run(rest);
                case "engines" -> new EnginesCommand(out, System.in).run(rest);
                case "embeddings" -> new EmbeddingsCommand(out).run(rest);
                case "chat" -> new ChatCommand(out, System.in).run(rest);
                case "mcp" -> new McpCommand(out, err).run(rest);
                case "serve" -> new ServeCommand(out, err, System.in,
                        new java.util.concurrent.CountDownLatch(1)).run(rest);
                case "--version", "version" -> {
                    out.println("zhiku " + VERSION);
                    yield 0;
                }
                case "--help", "-h", "help" -> {
                    out.println(Usage.TEXT);
                    yield 0;
                }
                default -> {
                    BiFunction<PrintStream, PrintStream, Command> extra = registered.get(command);
                    if (extra == null) {
                        throw new UsageException("unknown command '" + command + "'");
                    }
                    yield extra.apply(out, err).run(rest);
                }
            };
        } catch (UsageException e) {
            err.println("zhiku: " + e.getMessage() + " (zhiku --help lists the commands)");
            return 2;
        } catch (Exception | Error e) {
            org.slf4j.LoggerFactory.getLogger(ZhikuCommandLine.class).debug("command failed", e);
            err.println("zhiku: " + Errors.describe(e));
            return 1;
        }
    }

    private static String versionFromManifest() {
        String v = ZhikuCommandLine.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
