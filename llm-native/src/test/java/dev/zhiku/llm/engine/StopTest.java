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
            CountDownLatch third = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            AtomicInteger seen = new AtomicInteger();
            GenerationRequest req = new GenerationRequest(List.of(ChatMessage.user("Write forever.")), 3000,
                    0.9, 0.95, 5, List.of(), null, null);
            // The third token's delivery waits until Stop was pressed on the test thread, so "promptly" is a
            // count of tokens, not a time: the stream must end before a further token is delivered.
            CompletableFuture<GenerationResult> run = CompletableFuture.supplyAsync(() -> llm.generate(req,
                    piece -> {
                        if (seen.incrementAndGet() == 3) {
                            third.countDown();
                            awaitQuietly(stopped);
                        }
                    }, control));
            assertTrue(third.await(60, TimeUnit.SECONDS), "three tokens arrived");
            control.stop();
            stopped.countDown();
            GenerationResult r = run.get(60, TimeUnit.SECONDS);
            assertEquals(FinishReason.STOPPED, r.finish());
            assertEquals(3, seen.get(), "no token is delivered after Stop");
            assertTrue(r.generatedTokens() < 3000);
            GenerationResult again = llm.generate(req.withMaxTokens(5), TokenSink.NONE, new GenerationControl());
            assertTrue(again.generatedTokens() > 0);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
