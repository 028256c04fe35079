package dev.zhiku.llm.engine;

import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TextGeneratorContract;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The llama.cpp engine passes the same contract as every other text generator (real JNI, generated model). */
class LlamaTextGeneratorContractTest extends TextGeneratorContract {

    @TempDir
    static Path dir;
    private static LlamaTextGenerator llm;

    @BeforeAll
    static void load() throws Exception {
        Path file = dir.resolve("tiny-qwen2.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyQwen2(), file);
        llm = LlamaTextGenerator.load(file, new EngineSettings(2, 512, 0, 256, true), 0);
    }

    @AfterAll
    static void close() {
        llm.close();
    }

    @Override
    protected TextGenerator generator() {
        return llm;
    }
}
