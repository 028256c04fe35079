package dev.zhiku.indexer.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

    @Test
    void everyTextLandsInExactlyOneBatch() {
        int[] lengths = {5, 300, 12, 12, 7, 512, 2, 40};
        List<int[]> batches = new BatchPlanner(3, 10_000).plan(lengths);
        int[] seen = batches.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, seen);
        assertTrue(batches.stream().allMatch(b -> b.length <= 3));
    }

    @Test
    void batchesHoldTextsOfSimilarLength() {
        int[] lengths = {10, 500, 11, 490};
        List<int[]> batches = new BatchPlanner(2, 10_000).plan(lengths);
        assertEquals(2, batches.size());
        assertArrayEquals(new int[] {1, 3}, batches.get(0));
        assertArrayEquals(new int[] {2, 0}, batches.get(1));
    }

    @Test
    void paddedTokensStayWithinBudget() {
        int[] lengths = {512, 512, 512, 512, 100, 100, 100, 100, 100, 100};
        List<int[]> batches = new BatchPlanner(32, 1024).plan(lengths);
        for (int[] batch : batches) {
            int longest = Arrays.stream(batch).map(i -> lengths[i]).max().orElseThrow();
            assertTrue(batch.length * longest <= 1024, "batch " + Arrays.toString(batch) + " over budget");
        }
        assertEquals(3, batches.size()); // 2 x 512, 2 x 512, then all six of length 100
    }

    @Test
    void noTextsGiveNoBatches() {
        assertTrue(new BatchPlanner(8, 1024).plan(new int[0]).isEmpty());
    }
}
