package dev.zhiku.indexer;

import java.nio.file.Path;
import java.util.List;

/** Run in a child JVM by {@link CrashRecoveryTest}: indexes one folder keyword-only, one thread, until killed. */
public final class CrashRecoveryChild {

    private CrashRecoveryChild() {
    }

    /** Arguments: the Zhiku home, the folder to index. */
    public static void main(String[] args) throws Exception {
        try (Indexer indexer = TestIndexers.open(Path.of(args[0]), null, 1)) {
            indexer.addRoots(List.of(Path.of(args[1])), false);
            indexer.run();
        }
    }
}
