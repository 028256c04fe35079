package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.system.BackgroundPriority;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for the panels' background work, so a stuck task never keeps the app alive. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, n.getAndIncrement() == 0 ? name : name + "-" + n.get());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Like {@link #named}, at background priority ({@link BackgroundPriority}): for indexing, which must leave the
     * processor to the window's thread.
     */
    public static ThreadFactory background(String name) {
        ThreadFactory named = named(name);
        return task -> named.newThread(() -> {
            BackgroundPriority.lowerCurrentThread();
            task.run();
        });
    }
}
