package dev.zhiku.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The {@code zhiku} command line on picocli: one subcommand per command, each with its options declared once
 * (so {@code zhiku COMMAND --help} is generated from them), and every outcome mapped to an exit code — 0 success,
 * 2 bad usage, 1 anything else — with one clear line on stderr and never a stack trace (those go to the log).
 * Commands that are not part of the product (the benchmarks of {@code app.bench}) are {@linkplain #register
 * registered} by {@code app.Main}, so this package does not depend on them; they are picocli commands too (with
 * subcommands of their own), parsed, helped and run the same way.
 */
public final class ZhikuCommandLine {

    static final String VERSION = versionFromManifest();

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, BiFunction<PrintStream, PrintStream, CommandLine>> registered = new LinkedHashMap<>();

    public ZhikuCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Adds the command {@code name}: a picocli command (its {@code @Command} description is the line
     * {@code zhiku --help} shows for it), made with this command line's standard output and error when it runs.
     */
    public ZhikuCommandLine register(String name, BiFunction<PrintStream, PrintStream, CommandLine> command) {
        registered.put(name, command);
        return this;
    }

    public int run(String[] argv) {
        Homes.noticesTo(err);
        try {
            CommandLine top = commandLine();
            List<String> args = Arrays.asList(argv);
            if (args.isEmpty() || args.equals(List.of("help"))) {
                top.usage(out);
                return 0;
            }
            if (args.getFirst().equals("version")) {
                out.println("zhiku " + VERSION);
                return 0;
            }
            if (args.getFirst().equals("help")) {
                CommandLine sub = top;
                for (String name : args.subList(1, args.size())) {
                    sub = sub.getSubcommands().get(name);
                    if (sub == null) {
                        throw new UsageException("unknown command '" + name + "'");
                    }
                }
                sub.usage(out);
                return 0;
            }
            ParseResult parsed = Picocli.parse(top, argv);
            if (parsed.isVersionHelpRequested()) {
                out.println("zhiku " + VERSION);
                return 0;
            }
            if (parsed.isUsageHelpRequested() || !parsed.hasSubcommand()) {
                top.usage(out);
                return 0;
            }
            ParseResult sub = parsed.subcommand();
            while (!sub.isUsageHelpRequested() && sub.hasSubcommand()) {
                sub = sub.subcommand();
            }
            CommandLine command = sub.commandSpec().commandLine();
            if (sub.isUsageHelpRequested()) {
                command.usage(out);
                return 0;
            }
            return ((Callable<?>) command.getCommand()).call() instanceof Integer code ? code : 0;
        } catch (UsageException e) {
            err.println("zhiku: " + e.getMessage() + " (zhiku --help lists the commands)");
            return 2;
        } catch (Exception | Error e) {
            org.slf4j.LoggerFactory.getLogger(ZhikuCommandLine.class).debug("command failed", e);
            err.println("zhiku: " + Errors.describe(e));
            return 1;
        }
    }

    /** The whole command line: every command made with this line's streams, then the registered ones. */
    CommandLine commandLine() {
        CommandLine top = new CommandLine(new Top());
        top.addSubcommand("index", new IndexCommand(out, err));
        top.addSubcommand("search", new SearchCommand(out));
        top.addSubcommand("status", new StatusCommand(out));
        top.addSubcommand("ask", new AskCommand(out, err, System::console));
        top.addSubcommand("chat", new ChatCommand(out, System.in));
        top.addSubcommand("eval", new EvalCommand(out));
        top.addSubcommand("cloud", new CloudCommand(out, System.in));
        top.addSubcommand("audit", new AuditCommand(out));
        top.addSubcommand("models", new ModelsCommand(out, err));
        top.addSubcommand("engines", new EnginesCommand(out, System.in));
        top.addSubcommand("embeddings", new EmbeddingsCommand(out));
        top.addSubcommand("mcp", new McpCommand(out, err));
        top.addSubcommand("serve", new ServeCommand(out, err, System.in, new java.util.concurrent.CountDownLatch(1)));
        registered.forEach((name, command) -> top.addSubcommand(name, command.apply(out, err)));
        return Picocli.configure(top);
    }

    @CommandLine.Command(name = "zhiku", synopsisSubcommandLabel = "COMMAND",
            description = {"your documents, answered privately (知库)",
                "Without a command (or with only --home DIR): the desktop app.",
                "zhiku COMMAND --help shows a command's options."},
            footer = {"",
                "The home folder (--home or ZHIKU_HOME) holds the index, the catalog, models and logs;",
                "by default ~/.local/share/zhiku (Linux), %%APPDATA%%\\Zhiku (Windows),",
                "~/Library/Application Support/Zhiku (macOS).",
                "Exit codes: 0 success (also when some files could not be indexed), 2 bad usage, 1 other errors."})
    private static final class Top {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        private boolean help;

        @Option(names = "--version", versionHelp = true, description = "print the version and exit")
        private boolean version;
    }

    private static String versionFromManifest() {
        String v = ZhikuCommandLine.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
