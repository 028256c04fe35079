package dev.zhiku.app.ui.knowledge;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

/**
 * Waits for a condition that background work makes true; fails with a description after the timeout. A name for
 * the tests' most common Awaitility call, so that every wait in the suite goes through the one library.
 */
public final class Eventually {

    private Eventually() {
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }
}
