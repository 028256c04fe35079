package dev.zhiku.indexer.watch;

import dev.zhiku.indexer.discovery.SourceRules;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the user's roots recursively and reports changed files in batches.
 *
 * <p>Thread "zhiku-watch" takes events from the JDK {@link WatchService}, registers new folders as they appear
 * (skipping hidden and system folders per {@link SourceRules}) and collects changed paths; once no change has
 * arrived for the quiet period, the batch goes to the {@link ChangeListener} on thread "zhiku-watch-events",
 * which also runs the periodic rescan. Both are daemon threads and stop on {@link #close()}.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final long IDLE_POLL_MILLIS = 1000;

    private final List<Path> roots;
    private final SourceRules rules;
    private final WatchSettings settings;
    private final ChangeListener listener;
    private final Runnable periodicRescan;
    private final Set<Path> fileRoots = new HashSet<>();
    private final Set<Path> fileOnlyDirs = new HashSet<>();
    private final Set<Path> pending = new LinkedHashSet<>();
    private WatchService service;
    private DirectoryRegistry registry;
    private ScheduledExecutorService events;
    private Thread watchThread;
    private long firstEventNanos;
    private long lastEventNanos;
    private boolean overflowed;
    private boolean batchOpen;
    private volatile boolean closed;

    public FolderWatcher(List<Path> roots, SourceRules rules, WatchSettings settings, ChangeListener listener,
                         Runnable periodicRescan) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.rules = rules;
        this.settings = settings;
        this.listener = listener;
        this.periodicRescan = periodicRescan;
    }

    /** Registers the roots and starts the threads; a root that cannot be watched is logged and left out. */
    public synchronized void start() throws IOException {
        if (service != null) {
            throw new IllegalStateException("already started");
        }
        service = FileSystems.getDefault().newWatchService();
        registry = new DirectoryRegistry(service, rules);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registry.registerTree(root, file -> { });
            } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                fileRoots.add(root);
            } else {
                LOG.warn("Not watching {}: no such folder or file", root);
            }
        }
        for (Path file : fileRoots) {
            if (!registry.isWatched(file.getParent())) {
                fileOnlyDirs.add(file.getParent());
                registry.register(file.getParent());
            }
        }
        events = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "zhiku-watch-events"));
        long every = settings.rescanInterval().toMillis();
        events.scheduleWithFixedDelay(() -> safely(periodicRescan, "periodic rescan"), every, every,
                TimeUnit.MILLISECONDS);
        watchThread = daemon(this::run, "zhiku-watch");
        watchThread.start();
    }

    private void run() {
        try {
            while (!closed) {
                long wait = !batchOpen ? IDLE_POLL_MILLIS : millisUntilDue();
                WatchKey key = wait > 0 ? service.poll(wait, TimeUnit.MILLISECONDS) : service.poll();
                if (key != null) {
                    handle(key);
                }
                if (batchOpen && millisUntilDue() <= 0) {
                    flush();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("Watcher stopped");
        } catch (RuntimeException e) {
            LOG.error("Folder watching stopped unexpectedly; changes are found by the periodic rescan", e);
        }
    }

    private long millisUntilDue() {
        long now = System.nanoTime();
        long quietEnd = lastEventNanos + settings.quietPeriod().toNanos();
        long latest = firstEventNanos + settings.maxDelay().toNanos();
        return TimeUnit.NANOSECONDS.toMillis(Math.min(quietEnd, latest) - now) + 1;
    }

    private void handle(WatchKey key) {
        Path dir = registry.dirOf(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                LOG.info("Change events were lost in {}; asking for a rescan", dir);
                overflowed = true;
                noteEvent();
            } else if (dir != null) {
                onEvent(dir, dir.resolve((Path) event.context()), event.kind());
            }
        }
        if (!key.reset() && dir != null) {
            registry.forget(key);
            if (!Files.exists(dir)) {
                addPending(dir);
            }
        }
    }

    private void onEvent(Path dir, Path child, WatchEvent.Kind<?> kind) {
        String name = child.getFileName().toString();
        if (fileOnlyDirs.contains(dir) && !fileRoots.contains(child)) {
            return;
        }
        if (kind == StandardWatchEventKinds.ENTRY_DELETE) {
            registry.forgetTree(child);
            if (!rules.skipsHiddenName(name)) {
                addPending(child);
            }
        } else if (Files.isDirectory(child)) {
            if (kind == StandardWatchEventKinds.ENTRY_CREATE && !rules.skipsFolderName(name)
                    && !fileOnlyDirs.contains(dir)) {
                registry.registerTree(child, this::addPending);
            }
        } else if (!rules.skipsHiddenName(name)) {
            addPending(child);
        }
    }

    private void addPending(Path path) {
        pending.add(path);
        noteEvent();
    }

    private void noteEvent() {
        long now = System.nanoTime();
        if (!batchOpen) {
            batchOpen = true;
            firstEventNanos = now;
        }
        lastEventNanos = now;
    }

    private void flush() {
        Set<Path> batch = Set.copyOf(pending);
        boolean rescan = overflowed;
        pending.clear();
        overflowed = false;
        batchOpen = false;
        if (!closed) {
            if (!batch.isEmpty()) {
                events.execute(() -> safely(() -> listener.onChanges(batch), "change listener"));
            }
            if (rescan) {
                events.execute(() -> safely(listener::onRescanNeeded, "rescan listener"));
            }
        }
    }

    private static void safely(Runnable task, String what) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("The {} failed", what, e);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Stops watching; pending changes not yet delivered are dropped (the next rescan finds them). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (service != null) {
                service.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing the watch service: {}", e.toString());
        }
        if (events != null) {
            events.shutdownNow();
        }
        if (watchThread != null && watchThread != Thread.currentThread()) {
            try {
                watchThread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
