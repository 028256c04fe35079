package dev.zhiku.indexer.embed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures embedding throughput (a benchmark, not a test): for both bundled models, 1 and 2 threads, maximum
 * lengths 128/256/512 and batch sizes 1/8/32, embeds N passages (half English, half Chinese) that fill the
 * maximum length, and prints passages/s and tokens/s.
 *
 * <p>Arguments: {@code [passages=32] [cacheDir=target/djl-cache] [batchSizes=1,8,32]}. Console output is the
 * point of this class.
 */
public final class EmbeddingThroughput {

    private static final String[] ENGLISH = {
        "The quarterly report shows that revenue grew by twelve percent compared with last year.",
        "Employees must submit expense claims within thirty days of returning from a business trip.",
        "The new warehouse uses automated shelves that reduce picking time for small parcels.",
        "Please back up the project folder before installing the update on your computer.",
        "Researchers found that regular exercise improves sleep quality in older adults.",
        "The contract may be terminated by either party with ninety days written notice.",
    };
    private static final String[] CHINESE = {
        "本季度报告显示，公司收入比去年同期增长了百分之十二。",
        "员工出差回来后，需要在三十天内提交报销申请并附上发票。",
        "新仓库采用自动货架，大大缩短了小件包裹的拣货时间。",
        "安装更新之前，请先把项目文件夹备份到移动硬盘上。",
        "研究人员发现，规律的运动能够改善老年人的睡眠质量。",
        "任何一方均可提前九十天书面通知对方解除本合同。",
    };
    private static final int[] MAX_LENGTHS = {128, 256, 512};
    private static final int[] THREADS = {1, 2};

    private EmbeddingThroughput() {
    }

    public static void main(String[] args) {
        int passages = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        Path cache = Path.of(args.length > 1 ? args[1] : "target/djl-cache");
        int[] batchSizes = Arrays.stream((args.length > 2 ? args[2] : "1,8,32").split(","))
                .mapToInt(Integer::parseInt).toArray();
        System.out.println("model                  thr  maxLen  batch  passages/s  tokens/s");
        for (EmbeddingModelSpec spec : EmbeddingModelSpec.bundled()) {
            for (int threads : THREADS) {
                for (int maxLength : MAX_LENGTHS) {
                    for (int batch : batchSizes) {
                        EmbeddingSettings settings =
                                new EmbeddingSettings(threads, maxLength, batch, batch * maxLength);
                        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(spec, cache, settings)) {
                            measure(model, passages);
                        }
                    }
                }
            }
        }
    }

    private static void measure(OnnxEmbeddingModel model, int count) {
        Random random = new Random(42);
        int textTokens = model.maxTextTokens();
        List<String> texts = new ArrayList<>();
        long tokens = 0;
        for (int i = 0; i < count; i++) {
            String text = passage(model, i % 2 == 0 ? ENGLISH : CHINESE, textTokens, random);
            texts.add(text);
            tokens += Math.min(model.countTokens(text), textTokens) + 2L;
        }
        model.embedPassages(texts.subList(0, Math.min(texts.size(), model.settings().maxBatchSize())));
        long start = System.nanoTime();
        model.embedPassages(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-22s %3d  %6d  %5d  %10.1f  %8.0f%n", model.id(),
                model.settings().threads(), model.settings().maxLength(), model.settings().maxBatchSize(),
                count / seconds, tokens / seconds);
    }

    /** Random sentences until the text fills {@code tokens} model tokens (a little over, so truncation bites). */
    private static String passage(OnnxEmbeddingModel model, String[] sentences, int tokens, Random random) {
        StringBuilder text = new StringBuilder();
        while (model.countTokens(text.toString()) < tokens) {
            text.append(sentences[random.nextInt(sentences.length)]).append(' ');
        }
        return text.toString();
    }
}
