package dev.zhiku.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.Hit;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
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

/**
 * {@code zhiku eval}: runs every question of a JSONL file against the knowledge base and writes one result line
 * per question in the format of {@code shared/dev-eval/score.py}. Citations are the distinct files of the
 * search hits, best first. Until the answering pipeline exists, the answer is the best passage's text and
 * nothing is abstained.
 */
final class EvalCommand {

    private final PrintStream out;

    EvalCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv, FusionOptions.plus(Set.of("--home", "-k", "--model")),
                Set.of("--no-llm", "--keyword-only"));
        if (args.positional().size() != 1) {
            throw new UsageException("eval takes one questions file (JSON lines)");
        }
        Path questions = Path.of(args.positional().getFirst());
        if (!Files.isReadable(questions)) {
            throw new UsageException("cannot read " + questions);
        }
        int k = args.intValue("-k", 20, 1, 200);
        ObjectMapper json = new ObjectMapper();
        ZhikuHome home = Homes.prepare(args);
        try (Wiring wiring = new Wiring(home, FusionOptions.apply(args, IndexerSettings.defaults()));
             LocalKnowledgeBase kb = wiring.knowledgeBase(!args.flag("--keyword-only"));
             BufferedReader in = Files.newBufferedReader(questions, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode q = json.readTree(line);
                SearchResult result = kb.search(SearchQuery.of(q.path("question").asText(), k));
                out.println(Json.write(resultLine(q.path("id").asText(), result)));
            }
        }
        return 0;
    }

    private static Map<String, Object> resultLine(String id, SearchResult result) {
        Set<String> files = new LinkedHashSet<>();
        for (Hit hit : result.hits()) {
            files.add(hit.passage().displayPath());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("answer", result.hits().isEmpty() ? "" : result.hits().getFirst().passage().text());
        line.put("abstained", result.hits().isEmpty());
        line.put("citations", new ArrayList<>(files));
        List<Object> evidence = new ArrayList<>();
        for (Hit hit : result.hits().subList(0, Math.min(5, result.hits().size()))) {
            evidence.add(Map.of("keyword", hit.keywordScore(), "vector", hit.vectorScore(),
                    "language", hit.passage().language()));
        }
        line.put("evidence", evidence);
        return line;
    }
}
