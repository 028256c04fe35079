package dev.zhiku.rag;

import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.power.PowerSource;
import dev.zhiku.indexer.store.FusionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A real knowledge base (Tika, Lucene, H2; keyword search) over documents written into a temp folder. */
public final class TestKnowledgeBases {

    private TestKnowledgeBases() {
    }

    /** Adjusts a written file (for example its modification time) before indexing. */
    @FunctionalInterface
    public interface FileTouch {
        void touch(String name, Path file) throws Exception;
    }

    public static LocalKnowledgeBase build(Path dir, Map<String, String> files) throws Exception {
        return build(dir, files, (name, file) -> { });
    }

    public static LocalKnowledgeBase build(Path dir, Map<String, String> files, FileTouch touch) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = docs.resolve(f.getKey());
            Files.writeString(file, f.getValue());
            touch.touch(f.getKey(), file);
        }
        ZhikuHome home = new ZhikuHome(dir.resolve("home"));
        try (Indexer indexer = new Indexer(home, IndexerSettings.defaults().withThreads(1), null,
                TokenCounter.estimating(), new IndexControl(), new PowerSource(), ProgressListener.NONE)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
        return LocalKnowledgeBase.open(home, FusionSettings.defaults(), null);
    }
}
