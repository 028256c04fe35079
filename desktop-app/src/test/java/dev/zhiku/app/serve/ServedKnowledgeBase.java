package dev.zhiku.app.serve;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.ZhikuCommandLine;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.RagSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real {@code zhiku serve} server for tests: a small folder indexed keyword-only with the real indexer, the
 * real extractive answerer, the real HTTP server on a free loopback port.
 */
public final class ServedKnowledgeBase implements AutoCloseable {

    public static final String TOKEN = "test-token-42";
    public static final String CATS = "cats.md";
    public static final String PLANTS = "photosynthesis.md";

    private final Wiring wiring;
    private final LocalKnowledgeBase kb;
    private final KnowledgeServer server;

    private ServedKnowledgeBase(Wiring wiring, LocalKnowledgeBase kb, KnowledgeServer server) {
        this.wiring = wiring;
        this.kb = kb;
        this.server = server;
    }

    public static ServedKnowledgeBase start(Path temp) throws IOException {
        return start(temp, null, "zhiku-extractive");
    }

    /** The same server with {@code model} writing the answers. */
    public static ServedKnowledgeBase start(Path temp, TextGenerator model, String modelId) throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve(CATS), """
                # A story about a cat

                Mimi the cat lived in a small tea house in Hangzhou. Every evening the cat slept beside the
                warm stove and chased the moths that came to the lantern. 猫咪咪咪住在杭州的一家小茶馆里，
                每天晚上睡在温暖的炉子旁边。
                """, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve(PLANTS), """
                # Photosynthesis

                Green plants capture sunlight in their chloroplasts and turn carbon dioxide and water
                into sugar and oxygen. This process is called photosynthesis.
                """, StandardCharsets.UTF_8);
        Path home = temp.resolve("home");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        int exit = new ZhikuCommandLine(print, print).run(new String[] {"index", "--home", home.toString(),
            "--keyword-only", "--quiet", docs.toString()});
        if (exit != 0) {
            throw new IOException("indexing failed: " + log.toString(StandardCharsets.UTF_8));
        }
        Wiring wiring = new Wiring(ZhikuHome.resolve(home), IndexerSettings.defaults());
        LocalKnowledgeBase kb = wiring.knowledgeBase(false);
        Answerer answerer = new Answerer(kb, model, RagSettings.defaults(), q -> List.of());
        KnowledgeServer server = KnowledgeServer.start(answerer, modelId, 0, TOKEN);
        return new ServedKnowledgeBase(wiring, kb, server);
    }

    public KnowledgeServer server() {
        return server;
    }

    public LocalKnowledgeBase knowledgeBase() {
        return kb;
    }

    public Wiring wiring() {
        return wiring;
    }

    @Override
    public void close() throws IOException {
        server.close();
        kb.close();
        wiring.close();
    }
}
