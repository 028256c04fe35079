package dev.zhiku.app.cli;

import dev.zhiku.app.json.JsonText;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.KnowledgeBaseStatus;
import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhiku status}: what the knowledge base holds and what could not be read. */
@Command(name = "status", description = "sources, counts, failures with reasons, index size")
final class StatusCommand implements Callable<Integer> {

    private final PrintStream out;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    @Parameters(hidden = true)
    private List<String> extra;

    StatusCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        if (!Picocli.given(extra).isEmpty()) {
            throw new UsageException("status takes no arguments");
        }
        ZhikuHome home = homeOption.prepare();
        if (!java.nio.file.Files.exists(home.indexDir())) {
            if (json) {
                Map<String, Object> empty = new LinkedHashMap<>();
                empty.put("home", home.root().toString());
                empty.put("roots", List.of());
                empty.put("sources", counts(Map.of()));
                empty.put("passages", 0);
                empty.put("problems", List.of());
                out.println(JsonText.write(empty));
            } else {
                out.println("Zhiku home " + home.root() + " has no knowledge base yet: run `zhiku index FOLDER`.");
            }
            return 0;
        }
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults());
             LocalKnowledgeBase kb = wiring.knowledgeBase(false)) {
            KnowledgeBaseStatus s = kb.status();
            String model = wiring.modelLibrary().active().map(m -> m.name() + " (" + m.path() + ")").orElse("");
            java.util.Optional<VectorSet> building = wiring.vectorSets().building();
            if (json) {
                Map<String, Object> root = toJson(home, s);
                root.put("model", model.isEmpty() ? null : model);
                root.put("reembedding", building.map(b -> JsonText.fields("id", b.id(), "done", b.done(), "total",
                        b.total(), "etaSeconds", b.etaSeconds(), "updatedAt",
                        java.time.Instant.ofEpochMilli(b.updatedMillis()).toString())).orElse(null));
                out.println(JsonText.write(root));
            } else {
                print(home, s, model);
                building.ifPresent(b -> out.println("Re-embedding: " + EmbeddingsCommand.progressLine(b)
                        + " (searches use " + (s.embeddingModel().isEmpty() ? "the old vectors" : s.embeddingModel())
                        + " until it is complete; `zhiku embeddings use` goes on)"));
            }
        }
        return 0;
    }

    private void print(ZhikuHome home, KnowledgeBaseStatus s, String model) {
        out.println("Home:      " + home.root());
        String folders = s.roots().isEmpty() ? "(none)" : TerminalText.safe(String.join(", ", s.roots()));
        out.println("Folders:   " + folders);
        Map<SourceStatus, Integer> c = s.sourceCounts();
        out.printf(Locale.ROOT, "Sources:   %d indexed, %d failed, %d skipped, %d queued%n",
                c.getOrDefault(SourceStatus.INDEXED, 0), c.getOrDefault(SourceStatus.FAILED, 0),
                c.getOrDefault(SourceStatus.SKIPPED, 0), c.getOrDefault(SourceStatus.QUEUED, 0));
        out.printf(Locale.ROOT, "Passages:  %d (%d with vectors)%n", s.passages(), s.passagesWithVector());
        out.printf(Locale.ROOT, "Size:      %.1f MB on disk%n", s.indexBytes() / 1e6);
        out.println("Embedding: " + (s.embeddingModel().isEmpty() ? "(none)" : s.embeddingModel()));
        out.println("Model:     " + (model.isEmpty() ? "none installed (answers are extractive)" : model));
        if (!s.problems().isEmpty()) {
            out.println("Not indexed, or only in part:");
            for (SourceProblem p : s.problems()) {
                out.println("  " + p.status().name().toLowerCase(Locale.ROOT) + "  " + TerminalText.safe(p.path()) + " — "
                        + TerminalText.safe(p.reason()));
            }
        }
    }

    /** Every status, zero when absent, in the order of {@link SourceStatus}. */
    private static Map<String, Object> counts(Map<SourceStatus, Integer> counts) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (SourceStatus status : SourceStatus.values()) {
            named.put(status.name().toLowerCase(Locale.ROOT), counts.getOrDefault(status, 0));
        }
        return named;
    }

    private static Map<String, Object> toJson(ZhikuHome home, KnowledgeBaseStatus s) {
        List<Object> problems = new ArrayList<>();
        for (SourceProblem p : s.problems()) {
            problems.add(JsonText.fields("path", p.path(), "status", p.status().name().toLowerCase(Locale.ROOT),
                    "reason", p.reason() == null ? "" : p.reason()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("home", home.root().toString());
        root.put("roots", s.roots());
        root.put("sources", counts(s.sourceCounts()));
        root.put("passages", s.passages());
        root.put("passagesWithVectors", s.passagesWithVector());
        root.put("indexBytes", s.indexBytes());
        root.put("embeddingModel", s.embeddingModel());
        root.put("model", null);
        root.put("problems", problems);
        return root;
    }
}
