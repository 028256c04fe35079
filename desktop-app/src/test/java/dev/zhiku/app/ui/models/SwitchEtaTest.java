package dev.zhiku.app.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.indexer.catalog.VectorSet;
import org.junit.jupiter.api.Test;

/** The time left of a resumed switch counts only this run, not the day it lay stopped. */
class SwitchEtaTest {

    private static VectorSet at(long done, VectorSet.State state) {
        long dayAgo = 0;
        return new VectorSet("ollama/bge-m3", 1024, "ollama", "bge-m3", "", state, done, 1000, dayAgo,
                86_400_000L);
    }

    @Test
    void theRateIsThisRunsFromItsFirstStep() {
        SwitchEta eta = new SwitchEta();
        long start = 1_000_000L;
        assertEquals(-1, eta.after(at(400, VectorSet.State.BUILDING), start), "one step: not known yet");
        // 100 passages in 10 s: 500 left take 50 s (the set's own rate since a day ago would say hours)
        assertEquals(50, eta.after(at(500, VectorSet.State.BUILDING), start + 10_000));
        assertEquals(0, eta.after(at(1000, VectorSet.State.COMPLETE), start + 60_000));
        eta.reset();
        assertEquals(-1, eta.after(at(500, VectorSet.State.BUILDING), start + 70_000), "a new run starts over");
    }
}
