package dev.zhiku.indexer;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads with a recognisable name and a given priority. */
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
        Thread t = new Thread(r, prefix + "-" + counter.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(priority);
        return t;
    }
}
