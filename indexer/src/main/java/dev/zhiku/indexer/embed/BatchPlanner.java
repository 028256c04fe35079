package dev.zhiku.indexer.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups texts into ONNX batches: sorted by token length so each batch pads little, capped by text count and
 * by padded token count.
 */
final class BatchPlanner {

    private final int maxBatchSize;
    private final int maxBatchTokens;

    BatchPlanner(int maxBatchSize, int maxBatchTokens) {
        this.maxBatchSize = maxBatchSize;
        this.maxBatchTokens = maxBatchTokens;
    }

    /**
     * Plans batches for texts of the given token lengths.
     *
     * @return batches of indices into {@code lengths}; every index appears exactly once
     */
    List<int[]> plan(int[] lengths) {
        Integer[] order = IntStream.range(0, lengths.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> lengths[i]).reversed());
        List<int[]> batches = new ArrayList<>();
        int start = 0;
        while (start < order.length) {
            // Longest first: the first text of a batch fixes its padded length.
            int padded = Math.max(1, lengths[order[start]]);
            int size = Math.min(maxBatchSize, Math.max(1, maxBatchTokens / padded));
            int end = Math.min(order.length, start + size);
            int[] batch = new int[end - start];
            for (int k = start; k < end; k++) {
                batch[k - start] = order[k];
            }
            batches.add(batch);
            start = end;
        }
        return batches;
    }
}
