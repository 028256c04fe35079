package dev.zhiku.core.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

    @Test
    void lowersOnlyTheCallingThreadAndThreadsItStarts() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "nice values are Linux's");
        Optional<Integer> before = BackgroundPriority.currentNice();
        assumeTrue(before.isPresent() && before.get() < BackgroundPriority.LINUX_NICE, "test runs at normal nice");
        if (!BackgroundPriority.enabled()) {
            // Off by default (a command-line run keeps normal priority): nothing changes.
            AtomicReference<Optional<Integer>> unchanged = new AtomicReference<>();
            Thread plain = new Thread(() -> {
                BackgroundPriority.lowerCurrentThread();
                unchanged.set(BackgroundPriority.currentNice());
            });
            plain.start();
            plain.join();
            assertEquals(before, unchanged.get());
        }
        BackgroundPriority.enableForThisProcess();
        AtomicReference<Boolean> accepted = new AtomicReference<>();
        AtomicReference<Optional<Integer>> lowered = new AtomicReference<>();
        AtomicReference<Optional<Integer>> child = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            accepted.set(BackgroundPriority.lowerCurrentThread());
            lowered.set(BackgroundPriority.currentNice());
            Thread started = new Thread(() -> child.set(BackgroundPriority.currentNice()));
            started.start();
            try {
                started.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        worker.join();

        assertTrue(accepted.get(), "setpriority refused");
        assertEquals(Optional.of(BackgroundPriority.LINUX_NICE), lowered.get());
        assertEquals(Optional.of(BackgroundPriority.LINUX_NICE), child.get());
        // The rest of the process (here: the test's own thread) keeps its priority.
        assertEquals(before, BackgroundPriority.currentNice());
    }
}
