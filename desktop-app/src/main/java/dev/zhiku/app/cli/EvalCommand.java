package dev.zhiku.app.cli;

import dev.zhiku.app.json.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.Hit;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.indexer.Baseline;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku eval}: runs every question of a JSONL file against the knowledge base and writes one result line
 * per question in the format of {@code shared/dev-eval/score.py}. Citations are the distinct files of the
 * answer's citations followed by the other retrieved files, best first. Without {@code --model} the answers
 * are extractive. {@code --baseline bm25} or {@code --baseline vector} swaps Zhiku's hybrid search for an anchor
 * on the same index (see {@link Baseline}); evidence, gate and answer stay Zhiku's, so the figures differ only by
 * retrieval.
 */
@Command(name = "eval", description = {"one result line per question (dev-eval format)",
    "QUESTIONS.jsonl holds one {\"id\": ..., \"question\": ...} object a line."})
final class EvalCommand implements Callable<Integer> {

    private final PrintStream out;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "-k", paramLabel = "N", description = "passages retrieved per question (default 20)")
    private Integer k;

    @Option(names = "--model", paramLabel = "FILE.gguf", description = "answer with this model file")
    private String model;

    @Option(names = "--no-llm", description = "no model: extractive answers")
    private boolean noLlm;

    @Option(names = "--search-only", description = "no answer: the best passage and the files found")
    private boolean searchOnly;

    @Option(names = "--keyword-only", description = "do not use semantic vectors")
    private boolean keywordOnly;

    @Option(names = "--baseline", paramLabel = "bm25|vector",
            description = "search with a plain BM25 or a vectors-only anchor instead")
    private String baselineName;

    @Option(names = "--warm-up", description = {"answer the window's warm-up questions first, as the app does after "
            + "it starts (decision 0086)", "the time goes to standard error"})
    private boolean warmUp;

    @Mixin
    private FusionOptions fusion;

    @Parameters(paramLabel = "QUESTIONS.jsonl", description = "the questions file (JSON lines)")
    private List<String> files;

    EvalCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        if (Picocli.given(files).size() != 1) {
            throw new UsageException("eval takes one questions file (JSON lines)");
        }
        Path questions = Path.of(files.getFirst());
        if (!Files.isReadable(questions)) {
            throw new UsageException("cannot read " + questions);
        }
        int k = Picocli.bounded("-k", this.k, 20, 1, 200);
        Baseline baseline = baseline();
        ObjectMapper json = new ObjectMapper();
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, fusion.apply(IndexerSettings.defaults()));
             LocalKnowledgeBase local = wiring.knowledgeBase(!keywordOnly || baseline == Baseline.VECTOR);
             KnowledgeBase anchor = baseline == null ? null : local.baseline(baseline);
             TextGenerator model = Models.open(wiring, new Models.Wanted(noLlm, this.model, null, null));
             BufferedReader in = Files.newBufferedReader(questions, StandardCharsets.UTF_8)) {
            KnowledgeBase kb = anchor == null ? local : anchor;
            RagSettings defaults = RagSettings.defaults();
            RagSettings rag = new RagSettings(Math.max(k, defaults.candidates()), defaults.perSource(),
                    defaults.evidencePassages(), defaults.contextTokens(), defaults.extractive(),
                    defaults.answerTokens(), defaults.historyTurns());
            Answerer answerer = wiring.answerer(kb, model, rag);
            if (warmUp) {
                System.err.println("warm-up " + dev.zhiku.rag.AnswerWarmUp.run(wiring.extractiveAnswerer(kb)) + " ms");
            }
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode q = json.readTree(line);
                if (searchOnly) {
                    out.println(JsonText.write(searchLine(q.path("id").asText(),
                            kb.search(dev.zhiku.core.SearchQuery.of(q.path("question").asText(), k)))));
                    continue;
                }
                AnswerOutcome outcome = answerer.ask(Question.of(q.path("question").asText()), AnswerListener.NONE,
                        new GenerationControl());
                out.println(JsonText.write(resultLine(q.path("id").asText(), outcome)));
            }
        }
        return 0;
    }

    /** {@code --baseline bm25|vector}, or null for Zhiku's own retrieval. */
    private Baseline baseline() throws UsageException {
        String name = baselineName;
        if (name == null) {
            return null;
        }
        if (keywordOnly) {
            throw new UsageException("--baseline replaces the search; leave out --keyword-only");
        }
        try {
            return Baseline.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Retrieval alone: the distinct files of the search hits in rank order, the best passage as the answer. */
    private static Map<String, Object> searchLine(String id, dev.zhiku.core.SearchResult result) {
        Set<String> files = new LinkedHashSet<>();
        result.hits().forEach(h -> files.add(h.passage().displayPath()));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("answer", result.hits().isEmpty() ? "" : result.hits().getFirst().passage().text());
        line.put("abstained", false);
        line.put("citations", new ArrayList<>(files));
        return line;
    }

    /** The answer's own citations first, then the other retrieved files in rank order. */
    private static Map<String, Object> resultLine(String id, AnswerOutcome outcome) {
        Set<String> files = new LinkedHashSet<>();
        for (Citation c : outcome.answer().citations()) {
            files.add(c.displayPath());
        }
        for (Hit hit : outcome.retrieval().hits()) {
            files.add(hit.passage().displayPath());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("answer", outcome.answer().text());
        line.put("abstained", outcome.answer().abstained());
        line.put("citations", new ArrayList<>(files));
        line.put("route", outcome.answer().route().name().toLowerCase(java.util.Locale.ROOT));
        line.put("timings", AskCommand.toJson(outcome.answer()).get("timings"));
        return line;
    }
}
