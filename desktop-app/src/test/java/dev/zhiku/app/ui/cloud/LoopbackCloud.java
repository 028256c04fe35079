package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.ZhikuCommandLine;
import dev.zhiku.app.serve.KnowledgeServer;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.KnowledgeBaseStatus;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.SourceInfo;
import dev.zhiku.core.SourceQuery;
import dev.zhiku.core.TermStatistics;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The "cloud" of the UI tests: a real {@code zhiku serve} server on loopback (OpenAI-compatible HTTP, bearer token,
 * streaming) over a small knowledge base of its own, counting the questions it answered.
 */
final class LoopbackCloud implements AutoCloseable {

    static final String TOKEN = "cloud-token-7";

    private final Wiring wiring;
    private final LocalKnowledgeBase kb;
    private final KnowledgeServer server;
    private final AtomicInteger answered;

    private LoopbackCloud(Wiring wiring, LocalKnowledgeBase kb, KnowledgeServer server, AtomicInteger answered) {
        this.wiring = wiring;
        this.kb = kb;
        this.server = server;
        this.answered = answered;
    }

    static LoopbackCloud start(Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("cloud-docs"));
        Files.writeString(docs.resolve("general.md"), """
                # Office furniture

                Office chairs from a supplier are usually delivered within two weeks of the order. A good supplier
                names one contact person for each order.
                """, StandardCharsets.UTF_8);
        Path home = dir.resolve("cloud-home");
        index(home, docs, false);
        Wiring wiring = new Wiring(ZhikuHome.resolve(home), IndexerSettings.defaults());
        LocalKnowledgeBase kb = wiring.knowledgeBase(false);
        AtomicInteger answered = new AtomicInteger();
        Answerer answerer = new Answerer(new Counting(kb, answered), null, RagSettings.defaults(), q -> List.of());
        return new LoopbackCloud(wiring, kb, KnowledgeServer.start(answerer, "loopback-cloud", 0, TOKEN), answered);
    }

    /** Indexes {@code folder} into {@code home} with the real command line (keyword-only). */
    static void index(Path home, Path folder, boolean isPrivate) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        String[] args = isPrivate
                ? new String[] {"index", "--home", home.toString(), "--keyword-only", "--quiet", "--private",
                    folder.toString()}
                : new String[] {"index", "--home", home.toString(), "--keyword-only", "--quiet", folder.toString()};
        if (new ZhikuCommandLine(print, print).run(args) != 0) {
            throw new IOException("indexing failed: " + log.toString(StandardCharsets.UTF_8));
        }
    }

    KnowledgeServer server() {
        return server;
    }

    /** How many questions the server has answered (each request that reached it searches once or more). */
    int searches() {
        return answered.get();
    }

    @Override
    public void close() {
        server.close();
        kb.close();
        wiring.close();
    }

    /** The server's knowledge base, counting searches. */
    private record Counting(KnowledgeBase kb, AtomicInteger searches) implements KnowledgeBase {
        @Override
        public SearchResult search(SearchQuery query) {
            searches.incrementAndGet();
            return kb.search(query);
        }

        @Override
        public TermStatistics termStatistics(String text) {
            return kb.termStatistics(text);
        }

        @Override
        public List<SourceInfo> sources(SourceQuery query) {
            return kb.sources(query);
        }

        @Override
        public List<Passage> passages(String path) {
            return kb.passages(path);
        }

        @Override
        public List<String> privateFolders() {
            return kb.privateFolders();
        }

        @Override
        public KnowledgeBaseStatus status() {
            return kb.status();
        }

        @Override
        public void close() {
            kb.close();
        }
    }
}
