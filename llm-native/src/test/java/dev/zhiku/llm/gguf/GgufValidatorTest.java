package dev.zhiku.llm.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufValidatorTest {

    @TempDir
    Path dir;

    @Test
    void readsTheHeaderOfAWrittenModel() throws Exception {
        Path f = dir.resolve("m.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyQwen2(), f);
        GgufFile g = GgufReader.read(f);
        assertEquals(3, g.version());
        assertEquals("qwen2", g.architecture());
        assertEquals(3 + 2 * 12, g.tensors().size());
        assertEquals(512, g.array("tokenizer.ggml.tokens").orElseThrow().length());
        assertEquals(0, g.dataOffset() % 32);
        assertEquals(g.fileSize() - g.dataOffset(), g.tensorDataSize());
        ModelCheck check = GgufValidator.check(f, 512, 0);
        assertTrue(check.ok(), check.reason());
        ModelFacts facts = check.facts().orElseThrow();
        assertEquals("F32", facts.quantization());
        assertTrue(facts.hasChatTemplate());
        assertEquals(2 * 2 * 512 * 2 * 16 * 2, facts.kvCacheBytes());
    }

    @Test
    void quantizedRealShapeLayerSizesAddUp() throws Exception {
        Path f = dir.resolve("q.gguf");
        SyntheticModels.write(new SyntheticModelSpec("qwen2", "q", 1, 128, 4, 2, 256, 400, 512, GgmlType.Q4_0,
                true, 3), f);
        GgufFile g = GgufReader.read(f);
        assertEquals("Q4_0", GgufValidator.facts(g, 512).quantization());
        assertEquals(g.fileSize() - g.dataOffset(), g.tensorDataSize());
    }

    @Test
    void refusesAFileThatIsNotGguf() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.gguf"), "just some text, long enough to be read as a header");
        assertEquals("not a GGUF model file", GgufValidator.check(f, 512, 0).reason());
    }

    @Test
    void refusesATruncatedFile() throws Exception {
        Path f = dir.resolve("t.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), f);
        GgufFile g = GgufReader.read(f);
        long cut = g.fileSize() - 1000;
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(cut);
        }
        ModelCheck check = GgufValidator.check(f, 512, 0);
        assertFalse(check.ok());
        assertEquals("file is truncated: expected " + g.tensorDataSize() + " bytes of tensor data, found "
                + (cut - g.dataOffset()), check.reason());
    }

    @Test
    void refusesAFileCutInsideItsHeader() throws Exception {
        Path f = dir.resolve("h.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), f);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(300);
        }
        assertTrue(GgufValidator.check(f, 512, 0).reason().startsWith("file is"));
    }

    @Test
    void refusesQwen3WithAReason() throws Exception {
        Path f = dir.resolve("qwen3.gguf");
        new GgufWriter().putString("general.architecture", "qwen3").putUInt32("qwen3.block_count", 1)
                .addTensor("x", GgmlType.F32, new long[] {4}, TensorSource.constant(0)).write(f);
        assertEquals("Qwen3 and Qwen3.5 models need a newer engine: use it through Ollama or LM Studio (for example "
                + "`ollama pull qwen3.5:4b`, then `zhiku models use qwen3.5:4b --engine ollama`; `zhiku models "
                + "recommend` lists the current models)", GgufValidator.check(f, 512, 0).reason());
    }

    @Test
    void refusesQwen35AndGemma4WithThePointerToAModelServer() throws Exception {
        for (String arch : java.util.List.of("qwen35", "qwen3moe", "gemma4")) {
            Path f = dir.resolve(arch + ".gguf");
            new GgufWriter().putString("general.architecture", arch).putUInt32(arch + ".block_count", 1)
                    .addTensor("x", GgmlType.F32, new long[] {4}, TensorSource.constant(0)).write(f);
            String reason = GgufValidator.check(f, 512, 0).reason();
            assertTrue(reason.contains("need a newer engine: use it through Ollama or LM Studio (for example "
                    + "`ollama pull " + (arch.startsWith("gemma") ? "gemma4:e4b" : "qwen3.5:4b") + "`"), reason);
        }
    }

    @Test
    void refusesUnknownTensorTypes() throws Exception {
        Path f = dir.resolve("u.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), f);
        GgufFile g = GgufReader.read(f);
        GgufFile odd = new GgufFile(f, g.fileSize(), 3, g.metadata(),
                List.of(new TensorInfo("blk.0.attn_q.weight", new long[] {64, 64}, 31, 0)), 32, g.dataOffset());
        assertTrue(GgufValidator.check(odd, 512, 0).reason().startsWith("unknown quantization type 31"));
    }

    @Test
    void refusesWhenMemoryIsShort() throws Exception {
        Path f = dir.resolve("m.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), f);
        ModelCheck check = GgufValidator.check(f, 2048, 100_000);
        assertEquals("not enough memory: needs 0.0 GB, 0.0 GB free", check.reason());
        assertEquals(Files.size(f) + 524_288, check.facts().orElseThrow().memoryNeeded());
    }

    @Test
    void labelsFileTypes() {
        assertEquals("Q4_K_M", QuantizationLabels.label(15));
        assertEquals(SyntheticVocabulary.IM_END, SyntheticVocabulary.build(400).tokens().indexOf("<|im_end|>"));
    }
}
