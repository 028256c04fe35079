package dev.zhiku.indexer.store;

import dev.zhiku.core.system.BackgroundPriority;
import java.io.IOException;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

/**
 * Lucene's concurrent merges, run at background priority ({@link BackgroundPriority}): merging segments is the
 * index's housekeeping and must not take the processor from the window's thread.
 */
final class BackgroundMergeScheduler extends ConcurrentMergeScheduler {

    @Override
    protected void doMerge(MergeSource mergeSource, MergePolicy.OneMerge merge) throws IOException {
        BackgroundPriority.lowerCurrentThread();
        super.doMerge(mergeSource, merge);
    }
}
