package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.ProgressListener;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;

/** Opens an indexer with the given control and listener, e.g. {@code (c, l) -> wiring.indexer(true, c, l)}. */
@FunctionalInterface
public interface IndexerFactory {

    Indexer open(IndexControl control, ProgressListener listener) throws Exception;
}
