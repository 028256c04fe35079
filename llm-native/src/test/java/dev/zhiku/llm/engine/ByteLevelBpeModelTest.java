package dev.zhiku.llm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TokenSink;
import dev.zhiku.llm.gguf.ByteLevelBpeVocabulary;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic model written with a byte-level BPE vocabulary from a {@code tokenizer.json} tokenizes with that
 * vocabulary's merges in the real llama.cpp: the benchmark's prompts then have the real model's token counts.
 */
class ByteLevelBpeModelTest {

    @TempDir
    Path dir;

    @Test
    void llamaCppTokenizesWithTheMergesOfTheTokenizerJson() throws Exception {
        NativeRuntime.prepare(dir.resolve("native"));
        SyntheticModelSpec spec = SyntheticModelSpec.tinyQwen2();
        Path json = dir.resolve("tokenizer.json");
        Files.writeString(json, tokenizerJson(List.of("hello", "中文")));
        ByteLevelBpeVocabulary bpe = ByteLevelBpeVocabulary.read(json, spec.vocabulary(), "qwen2");
        Path bpeModel = dir.resolve("bpe.gguf");
        Path plainModel = dir.resolve("plain.gguf");
        SyntheticModels.write(spec, bpe, bpeModel);
        SyntheticModels.write(spec, plainModel);
        EngineSettings settings = new EngineSettings(2, 512, 0, 256, true);
        try (LlamaTextGenerator withMerges = LlamaTextGenerator.load(bpeModel, settings, 0);
             LlamaTextGenerator synthetic = LlamaTextGenerator.load(plainModel, settings, 0)) {
            assertEquals(1, withMerges.countTokens("hello"));
            assertEquals(1, withMerges.countTokens("中文"));
            assertTrue(synthetic.countTokens("中文") >= 6, "the synthetic vocabulary spells each byte");
            assertEquals(3, withMerges.countTokens("hat"), "no merge: one token per byte");
            String prompt = withMerges.render(List.of(ChatMessage.user("hello")));
            assertTrue(prompt.startsWith("<|im_start|>user\nhello<|im_end|>"), prompt);
            GenerationRequest ask = new GenerationRequest(List.of(ChatMessage.user("hello 中文")), 6, 0, 1, 42,
                    List.of(), null, null);
            GenerationResult r = withMerges.generate(ask, TokenSink.NONE, new GenerationControl());
            assertTrue(r.generatedTokens() > 0, r.toString());
        }
    }

    @Test
    void aTokenizerThatIsNotBpeIsRefusedWithTheReason() throws IOException {
        Path json = dir.resolve("unigram.json");
        Files.writeString(json, "{\"model\":{\"type\":\"Unigram\",\"vocab\":[]}}");
        IOException e = assertThrows(IOException.class, () -> ByteLevelBpeVocabulary.read(json, 512, "qwen2"));
        assertTrue(e.getMessage().contains("not a BPE tokenizer"), e.getMessage());
    }

    @Test
    void aVocabularyLargerThanTheModelIsRefused() throws IOException {
        Path json = dir.resolve("tokenizer.json");
        Files.writeString(json, tokenizerJson(List.of("hello")));
        IOException e = assertThrows(IOException.class, () -> ByteLevelBpeVocabulary.read(json, 260, "qwen2"));
        assertTrue(e.getMessage().contains("outside the model's 260 tokens"), e.getMessage());
    }

    /**
     * A GPT-2 style tokenizer.json: the 256 byte symbols, merges that build each of {@code words} left to right, and
     * the three ChatML/end-of-text special tokens.
     */
    private static String tokenizerJson(List<String> words) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode model = root.putObject("model");
        model.put("type", "BPE");
        ObjectNode vocab = model.putObject("vocab");
        ArrayNode merges = model.putArray("merges");
        String[] symbol = byteSymbols();
        int id = 0;
        for (String s : symbol) {
            vocab.put(s, id++);
        }
        for (String w : words) {
            List<String> parts = new ArrayList<>();
            for (byte b : w.getBytes(StandardCharsets.UTF_8)) {
                parts.add(symbol[b & 0xff]);
            }
            String left = parts.getFirst();
            for (String right : parts.subList(1, parts.size())) {
                merges.add(left + " " + right);
                left += right;
                if (!vocab.has(left)) {
                    vocab.put(left, id++);
                }
            }
        }
        ArrayNode added = root.putArray("added_tokens");
        for (String special : List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>")) {
            added.addObject().put("id", id++).put("content", special).put("special", true);
        }
        return root.toString();
    }

    /** GPT-2's byte-to-symbol table: printable bytes stand for themselves, the others for code points from 256. */
    private static String[] byteSymbols() {
        String[] symbol = new String[256];
        int next = 256;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            symbol[b] = Character.toString(printable ? b : next++);
        }
        return symbol;
    }
}
