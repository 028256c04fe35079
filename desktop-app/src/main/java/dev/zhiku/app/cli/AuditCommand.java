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
import java.util.Set;

/** {@code zhiku audit list | show ID | export FILE | delete ID | clear}: what left this PC, and when. */
final class AuditCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final PrintStream out;

    AuditCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        String action = argv.isEmpty() || argv.getFirst().startsWith("--") ? "list" : argv.getFirst();
        List<String> rest = argv.isEmpty() || argv.getFirst().startsWith("--") ? argv : argv.subList(1, argv.size());
        CliArgs args = CliArgs.parse(rest, Set.of("--home"), Set.of("--json"));
        ZhikuHome home = Homes.prepare(args);
        try (Wiring wiring = new Wiring(home, IndexerSettings.defaults())) {
            AuditLog log = wiring.auditLog();
            switch (action) {
                case "list" -> list(log.list(Integer.MAX_VALUE), args.flag("--json"));
                case "show" -> {
                    AuditEntry e = log.get(id(args)).orElseThrow(() -> new UsageException("no audit entry "
                            + args.positional().getFirst()));
                    AuditLog.exportJson(List.of(e), out);
                    out.println();
                }
                case "export" -> {
                    if (args.positional().size() != 1) {
                        throw new UsageException("audit export needs the file to write");
                    }
                    Path file = Path.of(args.positional().getFirst());
                    log.exportJson(file);
                    out.println("Exported " + log.count() + " entries to " + file.toAbsolutePath());
                }
                case "delete" -> {
                    long id = id(args);
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

    private static long id(CliArgs args) throws UsageException {
        if (args.positional().size() != 1) {
            throw new UsageException("give the entry's number (see zhiku audit list)");
        }
        try {
            return Long.parseLong(args.positional().getFirst());
        } catch (NumberFormatException e) {
            throw new UsageException("an audit entry's number is a whole number, not " + args.positional().getFirst());
        }
    }
}
