package dev.zhiku.indexer;

import dev.zhiku.core.system.BackgroundPriority;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads with a recognisable name and a given priority. A priority below normal also lowers the thread's
 * operating-system priority ({@link BackgroundPriority}, once the window has enabled it), which Java priorities alone
 * do not do on Linux: reading and embedding then yield the processor to the window and to answering. Threads they
 * start (extraction workers) inherit it.
 */
final class NamedThreads implements ThreadFactory {

    private final String prefix;
    private final int priority;
    private final AtomicInteger counter = new AtomicInteger();

    NamedThreads(String prefix, int priority) {
        this.prefix = prefix;
        this.priority = priority;
    }

    @Override
    public Thread newThread(Runnable r) {
        Runnable task = priority < Thread.NORM_PRIORITY ? () -> {
            BackgroundPriority.lowerCurrentThread();
            r.run();
        } : r;
        Thread t = new Thread(task, prefix + "-" + counter.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(priority);
        return t;
    }
}
