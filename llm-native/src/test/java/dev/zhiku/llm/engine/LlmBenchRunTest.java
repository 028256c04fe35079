package dev.zhiku.llm.engine;

import dev.zhiku.llm.bench.BenchResult;
import dev.zhiku.llm.bench.LlmBench;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the benchmark only when asked: {@code -Dzhiku.bench=true} (optionally {@code -Dzhiku.bench.model=FILE}). */
class LlmBenchRunTest {

    private static final Logger LOG = LoggerFactory.getLogger(LlmBenchRunTest.class);

    @Test
    void benchmark() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("zhiku.bench"), "benchmark not requested");
        String given = System.getProperty("zhiku.bench.model");
        Path model = given != null ? Path.of(given) : Files.createTempFile("zhiku-bench", ".gguf");
        try {
            if (given == null) {
                long t = System.nanoTime();
                LlmBench.writeQwen25HalfB(model);
                LOG.info("wrote {} bytes in {} ms", Files.size(model), (System.nanoTime() - t) / 1_000_000);
            }
            BenchResult r = LlmBench.run(model, new EngineSettings(2, 4096, 0, 512, true));
            LOG.info("bench: {}", r);
        } finally {
            if (given == null) {
                Files.deleteIfExists(model);
            }
        }
    }
}
