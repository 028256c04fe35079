package dev.zhiku.app.bench;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Homes;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Hybrid search latency on generated corpora of growing size: passages of English words and Chinese characters
 * drawn with a Zipf-like skew, random unit vectors of the model's dimension, and real query embeddings.
 */
@Command(name = "search", description = "hybrid search latency (p50/p95/p99, query embedding) on generated corpora")
final class SearchBench implements Callable<Integer> {

    private static final String[] WORDS = ("database index query backup restore server config table column "
            + "vacuum replication checkpoint transaction lock memory disk cache network user role permission "
            + "invoice contract payment deadline meeting report budget project schedule customer supplier "
            + "warranty delivery quality review policy training security password account update release").split(" ");
    private static final String HAN = "数据库索引查询备份恢复服务器配置表列事务锁内存磁盘缓存网络用户角色权限发票合同付款期限会议报告预算项目"
            + "计划客户供应商保修交付质量审查政策培训安全密码账户更新发布系统文件目录时间地址电话邮件价格数量";

    private final PrintStream out;

    @Mixin
    private HelpOption help;

    @Option(names = "--sizes", paramLabel = "N,N,…", defaultValue = "1000,10000",
            description = "corpus sizes in passages (default: ${DEFAULT-VALUE})")
    private String sizes;

    @Option(names = "--queries", paramLabel = "N", description = "queries timed per size (default 200)")
    private Integer queries;

    /** Accepted as always, and unused: the corpora are generated in a new temporary folder. */
    @Option(names = "--home", paramLabel = "DIR", hidden = true)
    private String unusedHome;

    SearchBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        int[] sizes = BenchCommand.parseSizes(this.sizes);
        int queries = Picocli.bounded("--queries", this.queries, 200, 10, 100_000);
        Path base = Files.createTempDirectory("zhiku-search-bench-");
        ZhikuHome home = new ZhikuHome(base);
        Wiring.prepareHome(home);
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            EmbeddingModel model = wiring.embeddings();
            out.printf(Locale.ROOT, "%-9s %-9s %-9s %-9s %-9s %-9s%n", "docs", "build s", "p50 ms", "p95 ms",
                    "p99 ms", "embed ms");
            for (int size : sizes) {
                measure(base.resolve("index-" + size), size, queries, model);
            }
        }
        return 0;
    }

    private void measure(Path dir, int size, int queries, EmbeddingModel model) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        long t0 = System.nanoTime();
        try (PassageIndex index = PassageIndex.openForWriting(dir, IndexerSettings.defaults().fusion())) {
            List<StoredPassage> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String text = text(random, 120);
                Passage p = new Passage("p" + i, "/bench/doc-" + i + ".txt", "", "doc " + i, "", "txt",
                        i % 2 == 0 ? "en" : "zh", 0, "", "", text, 0, text.length(), Instant.EPOCH);
                batch.add(new StoredPassage(p, "h" + i, unitVector(random, model.dimension())));
                if (batch.size() == 1000) {
                    index.replaceSource("/bench/batch-" + i, batch);
                    batch.clear();
                }
            }
            index.replaceSource("/bench/last", batch);
            index.commit();
            double build = (System.nanoTime() - t0) / 1e9;
            long[] searchMicros = new long[queries];
            long embedNanos = 0;
            for (int q = 0; q < queries + 20; q++) {
                String query = text(random, 8);
                long s0 = System.nanoTime();
                float[] vector = model.embedQuery(query);
                long s1 = System.nanoTime();
                index.search(SearchQuery.of(query, 10), vector);
                long s2 = System.nanoTime();
                if (q >= 20) {
                    searchMicros[q - 20] = (s2 - s0) / 1000;
                    embedNanos += s1 - s0;
                }
            }
            Arrays.sort(searchMicros);
            out.printf(Locale.ROOT, "%-9d %-9.1f %-9.1f %-9.1f %-9.1f %-9.1f%n", size, build,
                    searchMicros[queries / 2] / 1000.0, searchMicros[(int) (queries * 0.95)] / 1000.0,
                    searchMicros[(int) (queries * 0.99)] / 1000.0, embedNanos / 1e6 / queries);
        }
    }

    private static String text(SplittableRandom random, int tokens) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            int skewed = (int) (Math.pow(random.nextDouble(), 3) * WORDS.length);
            if (random.nextInt(3) == 0) {
                int h = (int) (Math.pow(random.nextDouble(), 2) * (HAN.length() - 1));
                s.append(HAN, h, h + 2);
            } else {
                s.append(WORDS[skewed]).append(' ');
            }
        }
        return s.toString();
    }

    private static float[] unitVector(SplittableRandom random, int dim) {
        float[] v = new float[dim];
        double norm = 0;
        for (int i = 0; i < dim; i++) {
            v[i] = (float) (random.nextDouble() * 2 - 1);
            norm += v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dim; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
