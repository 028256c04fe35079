package dev.zhiku.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code zhiku} command line: dispatches to a command and maps every outcome to an exit code — 0 success,
 * 2 bad usage, 1 anything else — with one clear line on stderr and never a stack trace (those go to the log).
 */
public final class ZhikuCommandLine {

    static final String VERSION = versionFromManifest();

    private final PrintStream out;
    private final PrintStream err;

    public ZhikuCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
                case "chat" -> new ChatCommand(out, System.in).run(rest);
                case "bench" -> new BenchCommand(out).run(rest);
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
                default -> throw new UsageException("unknown command '" + command + "'");
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
