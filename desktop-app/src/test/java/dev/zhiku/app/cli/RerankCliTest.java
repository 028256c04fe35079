package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.Wiring;
import dev.zhiku.app.engine.OllamaStandIn;
import dev.zhiku.core.Hit;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.store.PassageIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reranker on a server (llama-server's {@code /v1/rerank}, spoken by the stand-in) is off until chosen; chosen, it
 * reorders the best passages of every search by its scores, its time is {@code rerankMs} in {@code ask --json}, and a
 * server that stops leaves the search's order with one line.
 */
class RerankCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "When are the tea leaves picked in Hangzhou?";

    @TempDir
    Path tmp;

    @Test
    void aChosenRerankerReordersTheBestPassagesAndItsTimeIsShown() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        String[] topics = {"tea leaves picked in spring", "Hangzhou tea houses", "picking tea by hand",
            "the harbour of Ningbo", "copper wire", "leaves in autumn", "杭州的茶叶", "when the leaves fall"};
        for (int i = 0; i < topics.length; i++) {
            Files.writeString(docs.resolve("n" + i + ".md"), "# " + topics[i] + "\n\n" + topics[i] + ", note " + i
                    + ". The tea of Hangzhou is picked by hand.\n", StandardCharsets.UTF_8);
        }
        String home = tmp.resolve("home").toString();
        assertEquals(0, CliRun.of("index", "--home", home, docs.toString()).exit());
        try (OllamaStandIn server = new OllamaStandIn()) {
            assertEquals(0, CliRun.of("engines", "add", server.address().toString(), "--name", "ranker", "--home",
                    home).exit());
            JsonNode plain = askJson(home);
            assertFalse(plain.path("timings").has("rerankMs"), "off until chosen: " + plain);
            assertEquals(0, server.rerankRequests());

            CliRun bad = CliRun.of("embeddings", "rerank", "no-such-model", "--engine", "ranker", "--home", home);
            assertEquals(1, bad.exit());
            assertTrue(bad.err().contains("no-such-model"), bad.err());
            CliRun choose = CliRun.of("embeddings", "rerank", OllamaStandIn.RERANK_MODEL, "--engine", "ranker",
                    "--home", home);
            assertEquals(0, choose.exit(), choose.err());

            JsonNode reranked = askJson(home);
            assertTrue(reranked.path("timings").path("rerankMs").asLong(-1) >= 0, reranked.toString());
            try (Wiring wiring = new Wiring(ZhikuHome.resolve(Path.of(home)), IndexerSettings.defaults());
                 LocalKnowledgeBase kb = wiring.knowledgeBase(true)) {
                SearchQuery query = new SearchQuery(QUESTION, SearchFilter.none(), 6);
                SearchResult result = kb.search(query);
                assertTrue(result.rerankMillis() >= 0);
                double[] scores = result.hits().stream().mapToDouble(h -> standInScore(h)).toArray();
                for (int i = 1; i < scores.length; i++) {
                    assertTrue(scores[i - 1] >= scores[i], "in the reranker's order: " + java.util.Arrays.toString(
                            scores));
                }
                kb.useReranker(null, 0);
                SearchResult unranked = kb.search(query);
                assertEquals(-1, unranked.rerankMillis());
                assertEquals(ids(unranked.hits()), ids(result.hits()), "the same passages, reordered");
            }

            server.kill();
            CliRun gone = CliRun.of("ask", "--no-llm", "--json", "--home", home, QUESTION);
            assertEquals(0, gone.exit(), gone.err());
            assertTrue(gone.err().contains("passages kept the search's order: ranker is not running"), gone.err());
        }
        assertEquals(0, CliRun.of("embeddings", "rerank", "off", "--home", home).exit());
        assertFalse(askJson(home).path("timings").has("rerankMs"));
    }

    private static JsonNode askJson(String home) throws Exception {
        CliRun ask = CliRun.of("ask", "--no-llm", "--json", "--home", home, QUESTION);
        assertEquals(0, ask.exit(), ask.err());
        return JSON.readTree(ask.out());
    }

    private static double standInScore(Hit hit) {
        float[] q = OllamaStandIn.vectorOf(QUESTION);
        float[] d = OllamaStandIn.vectorOf(PassageIndex.contextualText(hit.passage()));
        double dot = 0;
        double nq = 0;
        double nd = 0;
        for (int i = 0; i < q.length; i++) {
            dot += (double) q[i] * d[i];
            nq += (double) q[i] * q[i];
            nd += (double) d[i] * d[i];
        }
        return dot / Math.sqrt(nq * nd);
    }

    private static java.util.Set<String> ids(List<Hit> hits) {
        java.util.Set<String> out = new HashSet<>();
        hits.forEach(h -> out.add(h.passage().id()));
        return out;
    }
}
