package dev.zhiku.app.bench;

import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.app.cli.UsageException;
import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku bench ui [--home DIR] [--keyword-only] CORPUS_DIR}: how long the FX thread stalls while the real
 * window (headless platform) indexes a folder added on the Knowledge screen and answers questions in the chat.
 * A heartbeat every 10 ms measures the delay until the FX thread runs it.
 */
@Command(name = "ui", description = {"longest FX-thread stalls while the window indexes and answers",
    "The real window (headless platform) indexes CORPUS from the Knowledge screen and answers questions",
    "in the chat; a heartbeat every 10 ms measures how late the FX thread runs it."})
final class UiBench implements Callable<Integer> {

    private static final List<String> QUESTIONS = List.of("How do I install a package with apt?",
            "如何配置网络接口？", "What does VACUUM do in PostgreSQL?", "apt-get 和 aptitude 有什么区别？");
    private static final Duration HEARTBEAT = Duration.ofMillis(10);
    private static final Duration BETWEEN_QUESTIONS = Duration.ofSeconds(3);

    private final PrintStream out;

    @Mixin
    private BenchHome homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--keyword-only", description = "index and answer without vectors")
    private boolean keywordOnly;

    @Option(names = "--settle", paramLabel = "SECONDS",
            description = "wait this long after the window opened before adding the folder (default 0: at once)")
    private int settleSeconds;

    @Parameters(paramLabel = "CORPUS", description = "the folder to index")
    private List<String> positional;

    UiBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (Picocli.given(positional).size() != 1) {
            throw new UsageException("bench ui needs one folder to index");
        }
        Path corpus = Path.of(positional.getFirst()).toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw new UsageException("no such folder: " + corpus);
        }
        ZhikuHome home = homeOption.prepare("zhiku-bench-ui-");
        boolean vectors = !keywordOnly;
        FxCalls.startHeadless();
        // as the app does from its init (ZhikuApp): the window's controls are styled while its services open
        FxCalls.call(() -> {
            dev.zhiku.app.ui.StyleWarmUp.startEarly(dev.zhiku.app.ui.Theme.LIGHT);
            return null;
        });
        try (AppServices services = new AppServices(home, UiSettings.load(home.root()), vectors);
             UiBenchSession session = UiBenchSession.open(services)) {
            measure(session, corpus, home, vectors);
        } finally {
            Platform.exit();
        }
        return 0;
    }

    private void measure(UiBenchSession session, Path corpus, ZhikuHome home, boolean vectors) throws Exception {
        Thread.sleep(Duration.ofSeconds(settleSeconds));
        long gcBefore = gcMillis();
        FxStallMonitor monitor = FxStallMonitor.start(HEARTBEAT, session.scene());
        long start = System.nanoTime();
        monitor.step("adding the folder");
        session.addFolder(corpus);
        int asked = 0;
        int answered = 0;
        monitor.step("indexing, on the Knowledge screen");
        while (!session.awaitIndexed(BETWEEN_QUESTIONS)) {
            monitor.step("indexing, question " + (asked + 1) + " in the chat");
            answered += session.ask(QUESTIONS.get(asked++ % QUESTIONS.size())) ? 1 : 0;
            monitor.step("indexing, on the Knowledge screen");
            session.showKnowledge();
        }
        int duringIndexing = asked;
        for (String q : QUESTIONS) {
            monitor.step("indexed, question " + (asked + 1) + " in the chat");
            answered += session.ask(q) ? 1 : 0;
            asked++;
        }
        StallFigures f = monitor.stop();
        out.printf(Locale.ROOT, "home            %s (%s platform)%n", home.root(),
                System.getProperty("glass.platform", "default"));
        out.printf(Locale.ROOT, "indexing        %s, %.1f s through the Knowledge screen%n",
                vectors ? "keywords and vectors" : "keyword-only", (session.indexedAtNanos() - start) / 1e9);
        out.printf(Locale.ROOT, "questions       %d asked in the chat (%d while indexing), %d answered%n", asked,
                duringIndexing, answered);
        out.printf(Locale.ROOT, "heartbeats      %d, one every %d ms%n", f.beats(), HEARTBEAT.toMillis());
        out.printf(Locale.ROOT, "longest stall   %.1f ms%n", f.longestMillis());
        out.printf(Locale.ROOT, "p99 stall       %.1f ms (median %.2f ms)%n", f.p99Millis(), f.medianMillis());
        out.printf(Locale.ROOT, "stalls > 100 ms %d (> 50 ms: %d)%n", f.over100(), f.over50());
        out.printf(Locale.ROOT, "GC pauses       %d ms in all (SerialGC stops the FX thread too)%n",
                gcMillis() - gcBefore);
        monitor.longStalls().forEach(s -> out.printf(Locale.ROOT, "  %s%n", s));
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
