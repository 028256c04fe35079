package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.engine.OllamaStandIn;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.VectorFields;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhiku embeddings remove SET}: refuses the set searched (with what to do), deletes another set's vectors from
 * every passage while the others' stay, forgets it in the catalog, and says so for a set that is not there.
 */
class EmbeddingsRemoveCliTest {

    private static final String ENGINE = "standin";
    private static final String SET = ENGINE + "/" + OllamaStandIn.EMBED_MODEL;

    @TempDir
    Path tmp;

    @Test
    void removesASetThatIsNotSearchedAndRefusesTheOneThatIs() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(docs.resolve("n" + i + ".md"), "# Note " + i + "\n\nGranite and glaciers, part " + i
                    + ".\n");
        }
        String home = tmp.resolve("home").toString();
        try (OllamaStandIn ollama = new OllamaStandIn()) {
            assertEquals(0, CliRun.of("index", "--home", home, docs.toString()).exit());
            assertEquals(0, CliRun.of("engines", "add", ollama.address().toString(), "--name", ENGINE, "--home",
                    home).exit());
            CliRun use = CliRun.of("embeddings", "use", OllamaStandIn.EMBED_MODEL, "--engine", ENGINE, "--home", home);
            assertEquals(0, use.exit(), use.err());
            long passages = count(home, VectorFields.of(SET));
            assertTrue(passages > 0);

            CliRun refused = CliRun.of("embeddings", "remove", SET, "--home", home);
            assertEquals(2, refused.exit());
            assertTrue(refused.err().contains("searches use the vectors of " + SET + "; switch to another model "
                    + "first"), refused.err());
            assertEquals(passages, count(home, VectorFields.of(SET)), "nothing removed");

            assertEquals(0, CliRun.of("embeddings", "use", "bundled", "--home", home).exit());
            CliRun removed = CliRun.of("embeddings", "remove", SET, "--home", home);
            assertEquals(0, removed.exit(), removed.err());
            assertTrue(removed.out().contains("Removed the vectors of " + SET + " from " + passages + " passages"),
                    removed.out());
            assertEquals(0, count(home, VectorFields.of(SET)));
            assertEquals(passages, count(home, VectorFields.BUNDLED), "the bundled vectors stay");
            CliRun list = CliRun.of("embeddings", "list", "--home", home);
            assertFalse(list.out().contains(SET), list.out());

            CliRun again = CliRun.of("embeddings", "remove", SET, "--home", home);
            assertEquals(2, again.exit());
            assertTrue(again.err().contains("no vectors of " + SET), again.err());

            // switching to it again embeds every passage anew, and works
            int before = ollama.embedRequests();
            assertEquals(0, CliRun.of("embeddings", "use", OllamaStandIn.EMBED_MODEL, "--engine", ENGINE, "--home",
                    home).exit());
            assertEquals(passages, count(home, VectorFields.of(SET)));
            assertTrue(ollama.embedRequests() > before + 1, "embedded again, not from the removed cache");
        }
    }

    private static long count(String home, String field) throws Exception {
        try (PassageIndex index = PassageIndex.openForReading(new ZhikuHome(Path.of(home)).indexDir(),
                FusionSettings.defaults())) {
            return index.countWithVectors(field);
        }
    }
}
