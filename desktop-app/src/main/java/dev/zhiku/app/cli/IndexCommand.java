package dev.zhiku.app.cli;

import dev.zhiku.app.SavedRules;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.RunReport;
import dev.zhiku.indexer.discovery.SourceRules;
import dev.zhiku.indexer.watch.ChangeListener;
import dev.zhiku.indexer.watch.FolderWatcher;
import dev.zhiku.indexer.watch.WatchSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhiku index}: adds folders and files, indexes them, reports what could not be read. */
@Command(name = "index", description = {"add folders or files and index them; blocks until done",
    "With no PATH: re-scan the folders already added (every run retries files set aside after crashes)."})
final class IndexCommand implements Callable<Integer> {

    private static final int PROBLEMS_SHOWN = 25;

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--private", description = "mark these folders private (never sent to a cloud model)")
    private boolean privateFolders;

    @Option(names = "--keyword-only", description = "skip semantic vectors (faster; no cross-lingual search)")
    private boolean keywordOnly;

    @Option(names = "--include", paramLabel = "GLOB", description = "only index matching files (repeatable), "
            + "e.g. '*.pdf'")
    private List<String> includes;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "never index matching files (repeatable), "
            + "e.g. 'drafts/**'")
    private List<String> excludes;

    @Option(names = "--max-file-size", paramLabel = "MB", description = "skip larger files (default 512)")
    private Integer maxFileSize;

    @Option(names = "--threads", paramLabel = "N", description = "files read at once (default: number of cores)")
    private Integer threads;

    @Option(names = "--watch", description = "keep running and index changes as they happen")
    private boolean watch;

    @Option(names = "--quiet", description = "no progress line")
    private boolean quiet;

    @Option(names = "--follow-outside-links", description = "let symbolic links in these folders lead outside "
            + "the added folders")
    private boolean followOutsideLinks;

    @Parameters(paramLabel = "PATH", description = "folders or files to add")
    private List<String> pathsGiven;

    IndexCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String p : Picocli.given(pathsGiven)) {
            Path path = Path.of(p).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new UsageException("no such file or folder: " + p);
            }
            paths.add(path);
        }
        ZhikuHome home = homeOption.prepare();
        IndexerSettings settings = settings(home);
        boolean vectors = !keywordOnly;
        ProgressPrinter progress = new ProgressPrinter(err, System.console() != null && !quiet);
        IndexControl control = new IndexControl();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            control.cancel();
            try {
                finished.await(java.util.concurrent.TimeUnit.SECONDS.toMillis(15),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "zhiku-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Wiring wiring = Homes.open(home, settings);
             Indexer indexer = wiring.indexer(vectors, control, quiet ? p -> { } : progress)) {
            if (paths.isEmpty() && indexer.catalog().roots().isEmpty()) {
                throw new UsageException("give at least one folder or file to index");
            }
            indexer.addRoots(paths, privateFolders);
            if (followOutsideLinks) {
                indexer.allowLinksOutside(paths, true);
            }
            RunReport report = indexer.reindex();
            progress.end();
            summarize(report, indexer);
            if (!wiring.embeddingProblem().isEmpty()) {
                err.println("zhiku: " + wiring.embeddingProblem());
            }
            if (watch && !control.isCancelled()) {
                watch(indexer, control);
            }
        } finally {
            finished.countDown();
            removeShutdownHook(hook);
        }
        return 0;
    }

    /** Run in-process (tests, the desktop app), each run would otherwise leave its hook behind. */
    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting and runs the hook itself
        }
    }

    private void watch(Indexer indexer, IndexControl control) throws Exception {
        List<Path> roots = indexer.catalog().roots().stream().map(Path::of).filter(Files::isDirectory).toList();
        out.println("Watching " + roots.size() + " folder(s) for changes; press Ctrl+C to stop.");
        Object lock = new Object();
        Runnable rescan = () -> {
            synchronized (lock) {
                try {
                    RunReport r = indexer.run();
                    if (r.read() > 0) {
                        out.printf(Locale.ROOT, "%d change(s) indexed%n", r.read());
                    }
                } catch (Exception e) {
                    err.println("zhiku: " + Errors.describe(e));
                }
            }
        };
        ChangeListener listener = new ChangeListener() {
            @Override
            public void onChanges(Set<Path> changed) {
                synchronized (lock) {
                    try {
                        int removed = indexer.refresh(changed);
                        RunReport r = indexer.runQueued();
                        out.printf(Locale.ROOT, "%d file(s) indexed, %d removed%n", r.read(), removed);
                    } catch (Exception e) {
                        err.println("zhiku: " + Errors.describe(e));
                    }
                }
            }

            @Override
            public void onRescanNeeded() {
                rescan.run();
            }
        };
        try (FolderWatcher watcher = new FolderWatcher(roots, indexer.settings().rules(), WatchSettings.defaults(),
                listener, rescan)) {
            watcher.start();
            while (!control.isCancelled()) {
                Thread.sleep(500);
            }
        }
    }

    private void summarize(RunReport r, Indexer indexer) throws Exception {
        Map<SourceStatus, Integer> counts = indexer.catalog().counts();
        out.printf(Locale.ROOT, "%s %d file(s) in %.1f s: %d new or changed, %d unchanged, %d removed.%n",
                r.cancelled() ? "Stopped after" : "Indexed", r.read(), r.totalMillis() / 1000.0, r.scan().queued(),
                r.scan().unchanged(), r.scan().deleted());
        out.printf(Locale.ROOT, "Keyword-searchable after %.1f s; vectors complete after %.1f s (%d passages "
                + "embedded).%n", r.keywordMillis() / 1000.0, r.vectorsMillis() / 1000.0, r.embedded());
        out.printf(Locale.ROOT, "Knowledge base: %d indexed, %d failed, %d skipped, %d queued; %d passages.%n",
                counts.get(SourceStatus.INDEXED), counts.get(SourceStatus.FAILED), counts.get(SourceStatus.SKIPPED),
                counts.get(SourceStatus.QUEUED), indexer.index().count(false));
        List<SourceProblem> problems = indexer.catalog().problems();
        if (!problems.isEmpty()) {
            out.println("Not indexed, or only in part:");
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("  " + p.status().name()
                    .toLowerCase(Locale.ROOT) + "  " + TerminalText.safe(p.path()) + " — "
                    + TerminalText.safe(p.reason())));
            if (problems.size() > PROBLEMS_SHOWN) {
                out.println("  … and " + (problems.size() - PROBLEMS_SHOWN) + " more: see `zhiku status`");
            }
        }
    }

    /** Rules given now are saved for later runs; without any, the saved ones apply. */
    private IndexerSettings settings(ZhikuHome home) throws UsageException, IOException {
        IndexerSettings s = IndexerSettings.defaults();
        SourceRules rules = SavedRules.load(home);
        boolean changed = false;
        if (!Picocli.given(includes).isEmpty()) {
            rules = rules.withIncludes(includes);
            changed = true;
        }
        if (!Picocli.given(excludes).isEmpty()) {
            rules = rules.withExcludes(excludes);
            changed = true;
        }
        if (maxFileSize != null) {
            rules = rules.withMaxFileBytes((long) Picocli.bounded("--max-file-size", maxFileSize, 0, 1, 1 << 20) << 20);
            changed = true;
        }
        if (changed) {
            SavedRules.save(home, rules);
        }
        s = new IndexerSettings(rules, s.extraction(), s.chunking(), s.fusion(), s.threads(), s.keywordOnlyChars());
        return s.withThreads(Picocli.bounded("--threads", threads, s.threads(), 1, 64));
    }
}
