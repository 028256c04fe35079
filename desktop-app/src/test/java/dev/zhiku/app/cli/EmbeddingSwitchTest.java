package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.engine.OllamaStandIn;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import dev.zhiku.indexer.store.VectorFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching the knowledge base's embedding model to one a local server runs (the Ollama stand-in's
 * {@code /api/embed}), end to end through the command line: every passage gets the new model's vector in its own
 * field while searches keep the old one, the switch is one pointer, switching back reuses the old vectors, and a
 * {@code kill -9} in the middle loses nothing and never leaves a field with two models' vectors.
 */
class EmbeddingSwitchTest {

    private static final String ENGINE = "standin";
    private static final String SET = ENGINE + "/" + OllamaStandIn.EMBED_MODEL;
    private static final String FIELD = VectorFields.of(SET);
    private static final int FILES = 12;
    private static final String[] TOPICS = {"tea harvest in Hangzhou", "copper wire in old harbours",
        "glaciers and granite", "lanterns at the autumn festival", "龙井茶的采摘时间", "港口的铜线", "花岗岩与冰川",
        "中秋节的灯笼"};

    @TempDir
    Path tmp;

    @Test
    void switchingToAServersModelEmbedsEveryPassageAgainAndSwitchingBackReusesTheOldVectors() throws Exception {
        Path docs = folder(tmp.resolve("docs"));
        String home = tmp.resolve("home").toString();
        try (OllamaStandIn ollama = new OllamaStandIn()) {
            prepare(home, docs, ollama);
            Map<String, float[]> bundledBefore = vectors(home, VectorFields.BUNDLED);

            CliRun use = CliRun.of("embeddings", "use", OllamaStandIn.EMBED_MODEL, "--engine", ENGINE, "--home", home);
            assertEquals(0, use.exit(), use.err() + use.out());
            assertTrue(use.out().contains("Searches now use " + SET), use.out());
            assertTrue(use.out().contains("(100%), complete"), use.out());
            assertOnlyTheStandInsVectors(home, bundledBefore.size());
            assertEquals(bundledBefore.keySet(), vectors(home, VectorFields.BUNDLED).keySet(),
                    "the old vectors stay for switching back");

            CliRun status = CliRun.of("status", "--home", home);
            assertTrue(status.out().contains("Embedding: " + SET), status.out());
            assertTrue(status.out().contains("(" + bundledBefore.size() + " with vectors)"), status.out());
            assertFalse(status.out().contains("Re-embedding"), status.out());

            int before = ollama.embedRequests();
            try (Wiring wiring = new Wiring(ZhikuHome.resolve(Path.of(home)), IndexerSettings.defaults());
                 LocalKnowledgeBase kb = wiring.knowledgeBase(true)) {
                assertEquals(SET, wiring.embeddings().id());
                SearchResult result = kb.search(new SearchQuery("when is tea picked in Hangzhou?", dev.zhiku.core.SearchFilter.none(), 5));
                assertTrue(result.vectorsUsed());
                assertFalse(result.hits().isEmpty());
            }
            assertEquals(before + 2, ollama.embedRequests(), "the dimension probe and the query, by the new model");

            // A file added after the switch gets the new model's vectors from the indexer.
            Files.writeString(docs.resolve("added.md"), "# Added later\n\nThe lantern festival of Quanzhou.\n");
            CliRun index = CliRun.of("index", "--home", home);
            assertEquals(0, index.exit(), index.err());
            assertOnlyTheStandInsVectors(home, bundledBefore.size() + 1);

            // The server stops: questions are answered by keywords, with one line that says why and what to do.
            ollama.kill();
            CliRun ask = CliRun.of("ask", "--no-llm", "--home", home, "When is tea picked in Hangzhou?");
            assertEquals(0, ask.exit(), ask.err());
            assertTrue(ask.err().contains("searching by keywords only: " + ENGINE + " is not running"), ask.err());
            assertTrue(ask.err().contains("zhiku embeddings use bundled"), ask.err());
            // Indexing goes on by keywords; the new file's vectors wait (for the server, or the next model).
            Files.writeString(docs.resolve("while-down.md"), "# Written while the server was down\n\nGranite.\n");
            CliRun offline = CliRun.of("index", "--home", home);
            assertEquals(0, offline.exit(), offline.err());
            assertTrue(offline.err().contains("indexing without vectors for now: " + ENGINE + " is not running"),
                    offline.err());

            CliRun back = CliRun.of("embeddings", "use", "bundled", "--home", home);
            assertEquals(0, back.exit(), back.err() + back.out());
            assertTrue(back.out().contains("Searches now use " + VectorFields.BUNDLED_MODEL), back.out());
            assertTrue(back.out().contains("gave 1 passages their vector and embedded 1 texts"),
                    "only the passage added since is embedded again: " + back.out());
            Map<String, float[]> bundledAfter = vectors(home, VectorFields.BUNDLED);
            assertEquals(bundledBefore.size() + 1, bundledAfter.size());
            bundledBefore.forEach((id, v) -> assertEquals(1.0, dot(v, bundledAfter.get(id)), 1e-6, id));
            CliRun later = CliRun.of("index", "--home", home);
            assertEquals(0, later.exit(), later.err());
            assertEquals(bundledBefore.size() + 2, vectors(home, VectorFields.BUNDLED).size(),
                    "the file indexed while the server was down gets the bundled model's vector");
            CliRun list = CliRun.of("embeddings", "list", "--home", home);
            assertTrue(list.out().contains("* " + VectorFields.BUNDLED_MODEL), list.out());
            assertTrue(list.out().contains("  " + SET + "  on " + ENGINE), list.out());
        }
    }

    @Test
    void aKillDuringReEmbeddingLosesNothingAndSearchNeverMixesModels() throws Exception {
        Path docs = folder(tmp.resolve("docs"));
        String home = tmp.resolve("home").toString();
        try (OllamaStandIn ollama = new OllamaStandIn()) {
            prepare(home, docs, ollama);
            int passages = vectors(home, VectorFields.BUNDLED).size();
            // The probe, then four sources a commit: the child commits once, prints its progress, and is held on
            // the second request after that commit until it is killed.
            ollama.holdEmbedsAfter(1 + 4 + 1);
            Process child = new ProcessBuilder(childCommand(home)).redirectErrorStream(true).start();
            CompletableFuture<String> progress = firstProgressLine(child);
            try {
                String line = progress.get(180, TimeUnit.SECONDS);
                assertTrue(ollama.awaitEmbedHeld(), "the child never asked for more vectors");
                assertTrue(line.startsWith(SET + ": "), line);
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
            }

            int doneAtKill = vectors(home, FIELD).size();
            assertTrue(doneAtKill > 0 && doneAtKill < passages, doneAtKill + " of " + passages);
            assertOnlyTheStandInsVectors(home, doneAtKill);
            try (Catalog catalog = Catalog.open(new ZhikuHome(Path.of(home)).catalogBase())) {
                assertEquals(VectorFields.BUNDLED_MODEL, catalog.activeVectorSet(), "not switched while incomplete");
            }
            CliRun status = CliRun.of("status", "--home", home);
            assertTrue(status.out().contains("Re-embedding: " + SET + ": " + doneAtKill + " of " + passages),
                    status.out());
            int requests = ollama.embedRequests();
            try (Wiring wiring = new Wiring(ZhikuHome.resolve(Path.of(home)), IndexerSettings.defaults());
                 LocalKnowledgeBase kb = wiring.knowledgeBase(true)) {
                assertEquals(VectorFields.BUNDLED_MODEL, wiring.embeddings().id());
                assertTrue(kb.search(new SearchQuery("花岗岩与冰川", dev.zhiku.core.SearchFilter.none(), 5)).vectorsUsed());
            }
            assertEquals(requests, ollama.embedRequests(), "the half-built set's model is never asked for a query");

            ollama.holdEmbedsAfter(-1);
            CliRun resume = CliRun.of("embeddings", "use", OllamaStandIn.EMBED_MODEL, "--engine", ENGINE, "--home",
                    home);
            assertEquals(0, resume.exit(), resume.err() + resume.out());
            assertTrue(resume.out().contains("gave " + (passages - doneAtKill) + " passages their vector"),
                    "what was committed before the kill is not done again: " + resume.out());
            assertOnlyTheStandInsVectors(home, passages);
            try (Catalog catalog = Catalog.open(new ZhikuHome(Path.of(home)).catalogBase())) {
                assertEquals(SET, catalog.activeVectorSet());
            }
        }
    }

    private static void prepare(String home, Path docs, OllamaStandIn ollama) {
        CliRun index = CliRun.of("index", "--home", home, docs.toString());
        assertEquals(0, index.exit(), index.err());
        CliRun add = CliRun.of("engines", "add", ollama.address().toString(), "--name", ENGINE, "--home", home);
        assertEquals(0, add.exit(), add.err());
    }

    /** Every passage with a vector in the new field has exactly the stand-in's vector of its own text. */
    private static void assertOnlyTheStandInsVectors(String home, int expected) throws IOException {
        List<StoredPassage> withNew = new ArrayList<>();
        try (PassageIndex index = PassageIndex.openForReading(new ZhikuHome(Path.of(home)).indexDir(),
                FusionSettings.defaults())) {
            for (dev.zhiku.core.Passage p : index.allPassages()) {
                index.passagesOf(p.path(), FIELD).stream().filter(s -> s.passage().id().equals(p.id()))
                        .filter(s -> s.vector() != null).forEach(withNew::add);
            }
            assertEquals(expected, index.countWithVectors(FIELD));
        }
        assertEquals(expected, withNew.size());
        assertAll(withNew.stream().map(s -> () -> {
            float[] want = OllamaStandIn.vectorOf(PassageIndex.contextualText(s.passage()));
            assertEquals(OllamaStandIn.EMBED_DIMENSION, s.vector().length);
            assertEquals(1.0, dot(s.vector(), want) / Math.sqrt(dot(want, want)), 1e-5, s.passage().id());
        }));
    }

    private static Map<String, float[]> vectors(String home, String field) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        try (PassageIndex index = PassageIndex.openForReading(new ZhikuHome(Path.of(home)).indexDir(),
                FusionSettings.defaults())) {
            for (String path : index.allPassages().stream().map(dev.zhiku.core.Passage::path).distinct().toList()) {
                for (StoredPassage s : index.passagesOf(path, field)) {
                    if (s.vector() != null) {
                        out.put(s.passage().id(), s.vector());
                    }
                }
            }
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private List<String> childCommand(String home) {
        List<String> command = new ArrayList<>(ChildZhiku.command(tmp.resolve("child-logs"), "embeddings", "use",
                OllamaStandIn.EMBED_MODEL, "--engine", ENGINE, "--home", home));
        command.add(1, "-Dzhiku.vectorSet.sourcesPerCommit=4");
        return command;
    }

    /** The child's first progress line (written after its first commit), read as it comes. */
    private static CompletableFuture<String> firstProgressLine(Process child) {
        CompletableFuture<String> line = new CompletableFuture<>();
        Pattern progress = Pattern.compile(Pattern.quote(SET) + ": \\d+ of \\d+ passages");
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    seen.append(l).append('\n');
                    Matcher m = progress.matcher(l);
                    if (m.find() && !line.isDone()) {
                        line.complete(l);
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
            line.completeExceptionally(new AssertionError("the child ended without progress:\n" + seen));
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return line;
    }

    private static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < FILES; i++) {
            String topic = TOPICS[i % TOPICS.length];
            Files.writeString(dir.resolve("note-" + i + ".md"), "# " + topic + " " + i + "\n\n" + (topic + " ")
                    .repeat(3 + i % 4) + "Note number " + i + ".\n", StandardCharsets.UTF_8);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(FILES, files.count());
        }
        return dir;
    }
}
