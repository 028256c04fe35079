package dev.zhiku.llm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult.FinishReason;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TokenSink;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stop pressed on another thread ends a qwen2 model's stream promptly and leaves the model usable. */
class StopTest {

    @TempDir
    Path dir;

    @Test
    void stopFromAnotherThreadEndsTheStream() throws Exception {
        NativeRuntime.prepare(dir.resolve("native"));
        Path f = dir.resolve("tiny-qwen2.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyQwen2().withWidth(256, 512).withContextLength(4096), f);
        try (LlamaTextGenerator llm = LlamaTextGenerator.load(f, new EngineSettings(2, 4096, 0, 512, true), 0)) {
            GenerationControl control = new GenerationControl();
            CountDownLatch third = new CountDownLatch(3);
            AtomicInteger seen = new AtomicInteger();
            AtomicLong stoppedAt = new AtomicLong();
            GenerationRequest req = new GenerationRequest(List.of(ChatMessage.user("Write forever.")), 3000,
                    0.9, 0.95, 5, List.of(), null, null);
            CompletableFuture<GenerationResult> run = CompletableFuture.supplyAsync(() -> llm.generate(req,
                    piece -> {
                        seen.incrementAndGet();
                        third.countDown();
                    }, control));
            assertTrue(third.await(10, TimeUnit.SECONDS));
            stoppedAt.set(System.nanoTime());
            control.stop();
            GenerationResult r = run.get(5, TimeUnit.SECONDS);
            long lagMillis = (System.nanoTime() - stoppedAt.get()) / 1_000_000;
            assertEquals(FinishReason.STOPPED, r.finish());
            assertTrue(lagMillis < 100 + 150, "stop took " + lagMillis + " ms");
            assertTrue(r.generatedTokens() < 3000);
            GenerationResult again = llm.generate(req.withMaxTokens(5), TokenSink.NONE, new GenerationControl());
            assertTrue(again.generatedTokens() > 0);
        }
    }
}
