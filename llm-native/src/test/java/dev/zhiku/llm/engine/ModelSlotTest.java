package dev.zhiku.llm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.TokenSink;
import dev.zhiku.llm.gguf.GgmlType;
import dev.zhiku.llm.gguf.GgufWriter;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import dev.zhiku.llm.gguf.TensorSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSlotTest {

    @TempDir
    Path dir;

    EngineSettings settings = new EngineSettings(2, 512, 0, 512, true);

    @Test
    void loadsInTheBackgroundAndUnloads() throws Exception {
        NativeRuntime.prepare(dir.resolve("native"));
        Path f = dir.resolve("q.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyQwen2(), f);
        List<ModelSlot.State> states = new CopyOnWriteArrayList<>();
        try (ModelSlot slot = new ModelSlot()) {
            slot.addListener(e -> states.add(e.state()));
            var llm = slot.load(f, settings, 0).get(30, TimeUnit.SECONDS);
            assertEquals(ModelSlot.State.READY, slot.state());
            assertEquals("tiny-qwen2", llm.id());
            assertTrue(llm.generate(GenerationRequest.of(List.of(ChatMessage.user("hi"))).withMaxTokens(4),
                    TokenSink.NONE, new GenerationControl()).generatedTokens() > 0);
            slot.unload();
            assertEquals(ModelSlot.State.EMPTY, slot.state());
        }
        assertEquals(List.of(ModelSlot.State.LOADING, ModelSlot.State.LOADING, ModelSlot.State.READY,
                ModelSlot.State.EMPTY), states);
    }

    @Test
    void badFilesFailWithTheValidatorsReason() throws Exception {
        Path qwen3 = dir.resolve("qwen3.gguf");
        new GgufWriter().putString("general.architecture", "qwen3")
                .addTensor("x", GgmlType.F32, new long[] {4}, TensorSource.constant(0)).write(qwen3);
        Path text = Files.writeString(dir.resolve("readme.gguf"), "# not a model, only some words in a file");
        try (ModelSlot slot = new ModelSlot()) {
            var e = assertThrows(ExecutionException.class, () -> slot.load(qwen3, settings, 0).get());
            assertTrue(e.getCause().getMessage().startsWith("cannot load qwen3.gguf: Qwen3 and Qwen3.5 models need a "
                    + "newer engine: use it through Ollama or LM Studio"), e.getCause().getMessage());
            assertEquals(ModelSlot.State.FAILED, slot.state());
        }
        var e = assertThrows(ModelLoadException.class, () -> LlamaTextGenerator.load(text, settings, 0));
        assertEquals("cannot load readme.gguf: not a GGUF model file", e.getMessage());
    }

    @Test
    void theRealTinyStoriesModelStreamsWhenPresent() {
        Path f = Path.of("/work/shared/models/stories260K.gguf");
        Assumptions.assumeTrue(Files.isRegularFile(f), "optional model not present");
        try (LlamaTextGenerator llm = LlamaTextGenerator.load(f, settings, 0)) {
            StringBuilder text = new StringBuilder();
            var r = llm.generate(GenerationRequest.of(List.of(ChatMessage.user("Once upon a time"))).withMaxTokens(30),
                    text::append, new GenerationControl());
            assertTrue(r.generatedTokens() > 0 && !text.isEmpty(), r.toString());
        }
    }
}
