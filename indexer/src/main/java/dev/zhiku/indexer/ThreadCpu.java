package dev.zhiku.indexer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of the calling thread, for per-stage figures that a loaded machine does not inflate. */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private ThreadCpu() {
    }

    /** Nanoseconds of CPU the calling thread used so far (wall-clock nanoseconds where the JVM cannot tell). */
    static long nanos() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
