package dev.zhiku.indexer.extract;

/** The number of characters one file may still contribute; shared by the handlers of all its parts. */
final class TextBudget {

    private long remaining;
    private boolean exhausted;

    TextBudget(long limit) {
        this.remaining = limit;
    }

    /** Returns how many of {@code wanted} characters may be kept. */
    int take(int wanted) {
        if (remaining <= 0) {
            exhausted = exhausted || wanted > 0;
            return 0;
        }
        int granted = (int) Math.min(wanted, remaining);
        remaining -= granted;
        if (granted < wanted) {
            exhausted = true;
        }
        return granted;
    }

    boolean exhausted() {
        return exhausted;
    }
}
