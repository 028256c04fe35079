package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.rag.cloud.AuditEntry;
import dev.zhiku.rag.cloud.AuditLog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhiku audit list | show ID | export FILE | delete ID | clear}: what left this PC, and when. */
@Command(name = "audit", description = "every request that left this PC, with its payload",
        footer = {"", "ACTION: list [--json] | show ID | export FILE | delete ID | clear (default: list)"})
final class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final PrintStream out;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "list as JSON")
    private boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list, show, export, delete or clear")
    private String action;

    @Parameters(index = "1..*", paramLabel = "ID|FILE", description = "the entry's number, or the file to export to")
    private List<String> positional;

    AuditCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        String action = this.action == null ? "list" : this.action;
        List<String> positional = Picocli.given(this.positional);
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            AuditLog log = wiring.auditLog();
            switch (action) {
                case "list" -> list(log.list(Integer.MAX_VALUE), json);
                case "show" -> {
                    AuditEntry e = log.get(id(positional)).orElseThrow(() -> new UsageException("no audit entry "
                            + positional.getFirst()));
                    AuditLog.exportJson(List.of(e), out);
                    out.println();
                }
                case "export" -> {
                    if (positional.size() != 1) {
                        throw new UsageException("audit export needs the file to write");
                    }
                    Path file = Path.of(positional.getFirst());
                    log.exportJson(file);
                    out.println("Exported " + log.count() + " entries to " + file.toAbsolutePath());
                }
                case "delete" -> {
                    long id = id(positional);
                    if (!log.delete(id)) {
                        throw new UsageException("no audit entry " + id);
                    }
                    out.println("Deleted entry " + id + ".");
                }
                case "clear" -> out.println("Deleted " + log.deleteAll() + " entries.");
                default -> throw new UsageException("unknown audit action '" + action
                        + "'; use list, show ID, export FILE, delete ID or clear");
            }
        }
        return 0;
    }

    private void list(List<AuditEntry> entries, boolean json) throws Exception {
        if (json) {
            AuditLog.exportJson(entries, out);
            out.println();
            return;
        }
        if (entries.isEmpty()) {
            out.println("Nothing has left this PC.");
            return;
        }
        for (AuditEntry e : entries) {
            out.printf(Locale.ROOT, "%5d  %s  %-40s %-20s %6d → %-6d %s%n", e.id(), TIME.format(e.at()),
                    TerminalText.safe(e.endpoint()), TerminalText.safe(e.model()), e.promptTokens(),
                    e.answerTokens(), TerminalText.safe(e.outcome()));
        }
    }

    private static long id(List<String> positional) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException("give the entry's number (see zhiku audit list)");
        }
        try {
            return Long.parseLong(positional.getFirst());
        } catch (NumberFormatException e) {
            throw new UsageException("an audit entry's number is a whole number, not " + positional.getFirst());
        }
    }
}
