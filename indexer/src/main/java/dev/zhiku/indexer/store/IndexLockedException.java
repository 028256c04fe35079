package dev.zhiku.indexer.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process is writing this index. */
public final class IndexLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    public IndexLockedException(Path dir) {
        super("another Zhiku process is indexing " + dir + "; wait for it to finish (search works meanwhile)");
    }
}
