package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.power.PowerSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A small folder of real files (English, Chinese, an empty one, a broken PDF) and a keyword-only indexer. */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("contract.txt"), "The payment deadline of the supply contract is 30 days "
                + "after delivery. Late payment costs one percent a month.");
        Files.writeString(dir.resolve("合同.txt"), "上次合同里的付款期限是交货后三十天。逾期付款每月罚息百分之一。");
        Files.writeString(dir.resolve("notes.md"), "# Meeting notes\n\nWe discussed the budget for the new office.");
        Files.writeString(dir.resolve("empty.txt"), "");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        byte[] pdf = new byte[noise.length + 9];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, pdf, 0, 9);
        System.arraycopy(noise, 0, pdf, 9, noise.length);
        Files.write(dir.resolve("broken.pdf"), pdf);
        return dir;
    }

    public static IndexerIndexingService service(Path home) {
        return new IndexerIndexingService((control, listener) -> new Indexer(new ZhikuHome(home),
                IndexerSettings.defaults().withThreads(1), null, TokenCounter.estimating(), control,
                new PowerSource(), listener));
    }
}
