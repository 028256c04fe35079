package dev.zhiku.app.ui.models;

import dev.zhiku.indexer.catalog.VectorSet;

/**
 * The time left of a running switch at the rate of this run, from its first step seen (a resumed switch does not
 * count the time it lay stopped, which the set's own {@link VectorSet#etaSeconds} does). Used on one thread.
 */
final class SwitchEta {

    private VectorSet baseline;
    private long baselineMillis;

    /** Forgets the run (a new one begins). */
    void reset() {
        baseline = null;
    }

    /** Seconds left after {@code set} was reported at {@code nowMillis}, or -1 while not known. */
    long after(VectorSet set, long nowMillis) {
        if (baseline == null || !baseline.id().equals(set.id()) || set.done() < baseline.done()) {
            baseline = set;
            baselineMillis = nowMillis;
        }
        long gained = set.done() - baseline.done();
        long elapsed = nowMillis - baselineMillis;
        if (set.state() == VectorSet.State.COMPLETE) {
            return 0;
        }
        if (gained <= 0 || elapsed <= 0) {
            return -1;
        }
        return Math.max(0, Math.round((set.total() - set.done()) * (elapsed / 1000.0) / gained));
    }
}
