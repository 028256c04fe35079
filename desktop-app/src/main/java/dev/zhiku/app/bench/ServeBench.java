package dev.zhiku.app.bench;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Homes;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.app.cli.UsageException;
import dev.zhiku.app.serve.KnowledgeServer;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.RunReport;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import dev.zhiku.rag.RagSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku bench serve}: requests per second and latency of {@code zhiku serve} without a model (extractive
 * answers, so retrieval and the HTTP path are what is measured). Indexes the folder (or brings an existing home up
 * to date), makes questions from the indexed passages, starts the real server on a free loopback port and drives
 * it with client threads.
 */
@Command(name = "serve", description = {"zhiku serve without a model: requests/s, p50/p95/p99 latency, errors",
    "Indexes CORPUS, makes questions from its passages, starts the real server on loopback and sends",
    "plain and streamed requests from client threads."})
final class ServeBench implements Callable<Integer> {

    private static final long SEED = 42;
    private static final int QUESTIONS = 200;
    private static final int WARM_UP_REQUESTS = 20;
    private static final String MODEL_ID = "zhiku-extractive";

    private final PrintStream out;

    @Mixin
    private BenchHome homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--clients", paramLabel = "N", description = "client threads sending requests (default 4)")
    private Integer clients;

    @Option(names = "--seconds", paramLabel = "S", description = "how long they send (default 20)")
    private Integer seconds;

    @Option(names = "--keyword-only", description = "index and answer without vectors")
    private boolean keywordOnly;

    @Parameters(paramLabel = "CORPUS", description = "the folder to index and ask about")
    private List<String> positional;

    ServeBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (Picocli.given(positional).size() != 1) {
            throw new UsageException("bench serve needs one folder to index and ask about");
        }
        Path corpus = Path.of(positional.getFirst()).toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw new UsageException("no such folder: " + corpus);
        }
        int clients = Picocli.bounded("--clients", this.clients, 4, 1, 64);
        int seconds = Picocli.bounded("--seconds", this.seconds, 20, 1, 3600);
        boolean vectors = !keywordOnly;
        ZhikuHome home = homeOption.prepare("zhiku-bench-serve-");
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            List<String> questions = indexAndMakeQuestions(wiring, corpus, vectors);
            if (questions.isEmpty()) {
                throw new UsageException("nothing readable was indexed in " + corpus
                        + "; the benchmark needs passages to ask about");
            }
            String token = KnowledgeServer.newToken();
            try (LocalKnowledgeBase kb = wiring.knowledgeBase(vectors);
                 KnowledgeServer server = KnowledgeServer.start(
                         wiring.answerer(kb, null, RagSettings.defaults()), MODEL_ID, 0, token)) {
                out.printf(Locale.ROOT, "server          %s (model %s, no LLM, %s)%n", server.baseUri(), MODEL_ID,
                        vectors ? "keyword + vectors" : "keyword only");
                long chinese = questions.stream().filter(BenchQuestions::isChinese).count();
                out.printf(Locale.ROOT, "questions       %d made from indexed passages (%d English, %d Chinese), "
                        + "seed %d; e.g. \"%s\"%n", questions.size(), questions.size() - chinese, chinese, SEED,
                        questions.getFirst());
                ServeLoad load = new ServeLoad(server.baseUri(), token, MODEL_ID, questions);
                ServeLoad.Result warm = load.warmUp(WARM_UP_REQUESTS);
                out.printf(Locale.ROOT, "warm-up         %d requests, one at a time (not counted)%n",
                        warm.requests());
                out.flush();
                report(load.run(clients, Duration.ofSeconds(seconds)), clients, seconds);
            }
        }
        return 0;
    }

    private List<String> indexAndMakeQuestions(Wiring wiring, Path corpus, boolean vectors) throws Exception {
        try (Indexer indexer = wiring.indexer(vectors, new IndexControl(), p -> { })) {
            indexer.addRoots(List.of(corpus), false);
            RunReport r = indexer.run();
            List<String> paths = new ArrayList<>(indexer.catalog().pathsUnder(corpus.toString()));
            long passages = indexer.index().count(false);
            out.printf(Locale.ROOT, "home            %s%n", wiring.home().root());
            out.printf(Locale.ROOT, "corpus          %s: %d files, %d passages (index run %.1f s, %d files read)%n",
                    corpus, paths.size(), passages, r.totalMillis() / 1000.0, r.read());
            Collections.sort(paths);
            Collections.shuffle(paths, new Random(SEED));
            return BenchQuestions.from(samplePassages(indexer.index(), paths), SEED);
        }
    }

    /** One passage from each of up to {@value #QUESTIONS} files, taken in the (shuffled) order given. */
    private static List<String> samplePassages(PassageIndex index, List<String> paths) throws Exception {
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>();
        for (String path : paths) {
            if (texts.size() == QUESTIONS) {
                break;
            }
            List<StoredPassage> passages = index.passagesOf(path);
            if (!passages.isEmpty()) {
                texts.add(passages.get(random.nextInt(passages.size())).passage().text());
            }
        }
        return texts;
    }

    private void report(ServeLoad.Result r, int clients, int seconds) {
        out.printf(Locale.ROOT, "load            %d client(s) for %d s, every other request streamed%n", clients,
                seconds);
        out.printf(Locale.ROOT, "requests        %d (%d plain, %d streamed) in %.1f s, errors %d%n", r.requests(),
                r.plainNanos().length, r.streamedNanos().length, r.seconds(), r.errors());
        out.printf(Locale.ROOT, "throughput      %.1f requests/s%n", r.requests() / r.seconds());
        out.printf(Locale.ROOT, "latency         %s (budget for an extractive answer: p95 300 ms)%n",
                LatencyFigures.of(r.allNanos()).describe());
        out.printf(Locale.ROOT, "  plain         %s%n", LatencyFigures.of(r.plainNanos()).describe());
        out.printf(Locale.ROOT, "  streamed      %s%n", LatencyFigures.of(r.streamedNanos()).describe());
        out.printf(Locale.ROOT, "answers         %d with sources, %d found nothing to cite%n", r.withSources(),
                r.requests() - r.errors() - r.withSources());
        if (r.firstError() != null) {
            out.printf(Locale.ROOT, "first error     %s%n", r.firstError());
        }
    }
}
