package dev.zhiku.llm.bench;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TokenSink;
import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.LlamaTextGenerator;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the local engine on one GGUF file: load time, prompt speed on a ~1,000-token prompt, decode speed over
 * 128 tokens, first token for a ~512-token prompt, the first token of a follow-up turn (prompt cache) and peak
 * RSS. llama.cpp's own timings are not exposed by the binding (its output carries only text), so decode speed is
 * the one Java sees. Printing is the caller's job.
 */
public final class LlmBench {

    private static final String[] WORDS = {"the", "contract", "payment", "is", "due", "within", "thirty", "days",
        "of", "invoice", "and", "each", "party", "will", "use", "that", "word", "for", "all", "which", "can", "be"};

    private LlmBench() {
    }

    /** Writes the synthetic Qwen2.5-0.5B-shape Q4_0 model to {@code file} (about 350 MB). */
    public static Path writeQwen25HalfB(Path file) throws IOException {
        SyntheticModels.write(SyntheticModelSpec.qwen25HalfB(), file);
        return file;
    }

    public static BenchResult run(Path model, EngineSettings settings) {
        long start = System.nanoTime();
        try (LlamaTextGenerator llm = LlamaTextGenerator.load(model, settings, 0)) {
            long load = (System.nanoTime() - start) / 1_000_000;
            GenerationResult warm = llm.generate(request(text(llm, "warm up", 16), 2), TokenSink.NONE,
                    new GenerationControl());
            GenerationResult longPrompt = llm.generate(request(text(llm, "first", 1000), 1), TokenSink.NONE,
                    new GenerationControl());
            double promptSpeed = longPrompt.promptTokens() * 1000.0 / Math.max(1, longPrompt.firstTokenMillis());
            GenerationResult decode = llm.generate(request(text(llm, "second", 16), 128), TokenSink.NONE,
                    new GenerationControl());
            GenerationRequest mid = request(text(llm, "third", 512), 16);
            GenerationResult ttft = llm.generate(mid, TokenSink.NONE, new GenerationControl());
            List<ChatMessage> next = new ArrayList<>(mid.messages());
            next.add(ChatMessage.assistant(ttft.text()));
            next.add(ChatMessage.user("And when is the payment due?"));
            GenerationResult followUp = llm.generate(new GenerationRequest(next, 4, 0, 1, 1, List.of(), null, "b"),
                    TokenSink.NONE, new GenerationControl());
            assert warm != null;
            return new BenchResult(llm.id(), settings.threads(), load, longPrompt.promptTokens(), promptSpeed,
                    decode.tokensPerSecond(), decode.generatedTokens(), ttft.firstTokenMillis(),
                    followUp.firstTokenMillis(), followUp.cachedTokens(), peakRss());
        }
    }

    private static GenerationRequest request(String text, int maxTokens) {
        return new GenerationRequest(List.of(ChatMessage.system("You answer from the documents."),
                ChatMessage.user(text)), maxTokens, 0, 1, 1, List.of(), null, null);
    }

    /** Text of about {@code tokens} tokens in the model's vocabulary, starting with a distinct tag. */
    static String text(LlamaTextGenerator llm, String tag, int tokens) {
        StringBuilder sb = new StringBuilder(tag).append(':');
        int i = 0;
        while (llm.countTokens(sb.toString()) < tokens - 30) {
            for (int k = 0; k < 20; k++, i++) {
                sb.append(' ').append(WORDS[(i * 7 + i / WORDS.length) % WORDS.length]);
            }
        }
        return sb.toString();
    }

    /** Peak resident memory from /proc/self/status (Linux), or -1. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
