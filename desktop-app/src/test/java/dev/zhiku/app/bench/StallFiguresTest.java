package dev.zhiku.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StallFiguresTest {

    private static final long MS = 1_000_000L;

    @Test
    void longestP99AndCountsComeFromTheDelays() {
        long[] delays = LongStream.rangeClosed(1, 200).map(i -> i * MS).toArray();
        StallFigures f = StallFigures.of(delays);
        assertEquals(200, f.beats());
        assertEquals(200.0, f.longestMillis());
        assertEquals(198.0, f.p99Millis());
        assertEquals(100.0, f.medianMillis());
        assertEquals(100, f.over100());
        assertEquals(150, f.over50());
    }

    @Test
    void noBeatsGiveZeros() {
        assertEquals(new StallFigures(0, 0, 0, 0, 0, 0), StallFigures.of(new long[0]));
    }
}
