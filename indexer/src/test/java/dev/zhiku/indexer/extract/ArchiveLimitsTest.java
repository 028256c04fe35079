package dev.zhiku.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The allowance: 100× the file, at least 16 MiB, at most 4 GiB unless the file itself is larger than half that. */
class ArchiveLimitsTest {

    private static final long MIB = 1L << 20;
    private final ArchiveLimits limits = ArchiveLimits.defaults();

    @Test
    void smallFilesGetTheFloorMiddleSizedTheRatioLargeTheCap() {
        assertEquals(16 * MIB, limits.allowance(10_000));
        assertEquals(100 * MIB, limits.allowance(MIB));
        assertEquals(4L << 30, limits.allowance(100 * MIB));
    }

    /** A 10 GiB mailbox passes its messages on as parts: that is not an expansion and must not be refused. */
    @Test
    void aFileLargerThanHalfTheCapMayYieldTwiceItsSize() {
        assertEquals(20L << 30, limits.allowance(10L << 30));
        assertEquals(2 * (Long.MAX_VALUE / 3), limits.allowance(Long.MAX_VALUE / 3));
    }
}
