package dev.zhiku.core.system;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Lowers the operating-system scheduling priority of the calling thread, so that background work (reading files,
 * embedding, merging the index) yields the processor to the window's thread and to answering.
 *
 * <p>Java thread priorities do not reach the scheduler on Linux (HotSpot ignores them unless run as root with
 * {@code -XX:ThreadPriorityPolicy=1}), so on Linux the thread's nice value is raised with {@code setpriority} on its
 * own thread id; threads it starts inherit it. On macOS the thread's quality of service becomes "utility". On
 * Windows {@link Thread#setPriority} already reaches the scheduler, so nothing is done here. Never throws: where the
 * C library cannot be called, the thread simply keeps its priority.
 *
 * <p>Off until {@link #enableForThisProcess()}: the window turns it on, because there indexing is background work
 * beside a person using the window. A command-line run ({@code zhiku index}) is the work the user asked for, and at
 * nice 10 it took 1.3-1.6 times as long on a machine busy with other programs (0039).
 */
public final class BackgroundPriority {

    /** The nice value background threads get on Linux (0 is normal, 19 the lowest). */
    public static final int LINUX_NICE = 10;

    private static final int PRIO_PROCESS = 0;
    private static final int QOS_CLASS_UTILITY = 0x11;
    private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    private static volatile boolean enabled;

    private BackgroundPriority() {
    }

    /** From now on, {@link #lowerCurrentThread()} lowers priorities in this process (the window calls this). */
    public static void enableForThisProcess() {
        enabled = true;
    }

    public static boolean enabled() {
        return enabled;
    }

    /**
     * Gives the calling thread background priority, once {@link #enableForThisProcess()} was called. Returns
     * whether the operating system accepted it (false when not enabled, on Windows, where {@link Thread#setPriority}
     * is what counts, and where the C library cannot be called).
     */
    public static boolean lowerCurrentThread() {
        if (!enabled) {
            return false;
        }
        try {
            if (OS.contains("linux")) {
                return linux();
            }
            if (OS.contains("mac")) {
                return mac();
            }
        } catch (Throwable e) {
            return false;
        }
        return false;
    }

    /** The calling thread's nice value on Linux, read from /proc; empty elsewhere or when it cannot be read. */
    public static Optional<Integer> currentNice() {
        if (!OS.contains("linux")) {
            return Optional.empty();
        }
        try {
            Optional<MemorySegment> gettid = lookup("gettid");
            if (gettid.isEmpty()) {
                return Optional.empty();
            }
            int tid = (int) Linker.nativeLinker().downcallHandle(gettid.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT)).invokeExact();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/task/" + tid + "/stat"));
            // Fields after the command name (which may hold spaces) start after the last ')': nice is field 19.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Integer.parseInt(fields[16]));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    private static boolean linux() throws Throwable {
        Optional<MemorySegment> gettid = lookup("gettid");
        Optional<MemorySegment> setpriority = lookup("setpriority");
        if (gettid.isEmpty() || setpriority.isEmpty()) {
            return false;
        }
        Linker linker = Linker.nativeLinker();
        int tid = (int) linker.downcallHandle(gettid.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT))
                .invokeExact();
        MethodHandle set = linker.downcallHandle(setpriority.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        // With PRIO_PROCESS and a thread id, Linux changes that one thread (see setpriority(2), "BUGS").
        return (int) set.invokeExact(PRIO_PROCESS, tid, LINUX_NICE) == 0;
    }

    private static boolean mac() throws Throwable {
        Optional<MemorySegment> qos = lookup("pthread_set_qos_class_self_np");
        if (qos.isEmpty()) {
            return false;
        }
        MethodHandle set = Linker.nativeLinker().downcallHandle(qos.get(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        return (int) set.invokeExact(QOS_CLASS_UTILITY, 0) == 0;
    }

    private static Optional<MemorySegment> lookup(String name) {
        SymbolLookup lookup = Linker.nativeLinker().defaultLookup();
        return lookup.find(name);
    }
}
