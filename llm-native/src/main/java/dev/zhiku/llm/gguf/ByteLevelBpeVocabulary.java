package dev.zhiku.llm.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A byte-level BPE vocabulary ({@code tokenizer.ggml.model = gpt2}) read from a Hugging Face {@code tokenizer.json},
 * for a synthetic model that tokenizes text exactly as the real model of its shape does: the benchmark's prompt then
 * has the real number of tokens (a synthetic SentencePiece vocabulary spells Chinese as three byte tokens a
 * character, nearly three times a Qwen prompt).
 *
 * @param tokens  token texts by id, padded to the model's vocabulary size with {@code [PADn]}
 * @param types   token types: 1 normal, 3 control (special added tokens), 4 user-defined, 5 unused (padding)
 * @param merges  the merge rules, {@code "left right"}, first merges first
 * @param bos     id of the beginning-of-text token
 * @param eos     id of the end-of-turn token ({@code <|im_end|>} when there is one)
 * @param pre     llama.cpp's pre-tokenizer name ({@code tokenizer.ggml.pre})
 */
public record ByteLevelBpeVocabulary(List<String> tokens, int[] types, List<String> merges, int bos, int eos,
                                     String pre) {

    /**
     * Reads {@code tokenizer.json} and pads the vocabulary to {@code size} tokens.
     *
     * @throws IOException when the file is unreadable, not a byte-level BPE tokenizer, or larger than {@code size}
     */
    public static ByteLevelBpeVocabulary read(Path tokenizerJson, int size, String pre) throws IOException {
        JsonNode root = new ObjectMapper().readTree(tokenizerJson.toFile());
        JsonNode model = root.path("model");
        if (!"BPE".equals(model.path("type").asText()) || !model.path("vocab").isObject()) {
            throw new IOException(tokenizerJson + " is not a BPE tokenizer.json (model.type must be BPE)");
        }
        String[] byId = new String[size];
        int[] types = new int[size];
        for (var e : model.path("vocab").properties()) {
            put(byId, types, e.getValue().asInt(-1), e.getKey(), 1, tokenizerJson);
        }
        int eos = -1;
        int bos = -1;
        for (JsonNode t : root.path("added_tokens")) {
            String text = t.path("content").asText();
            put(byId, types, t.path("id").asInt(-1), text, t.path("special").asBoolean() ? 3 : 4, tokenizerJson);
            if (text.equals("<|im_end|>")) {
                eos = t.path("id").asInt();
            } else if (text.equals("<|endoftext|>")) {
                bos = t.path("id").asInt();
            }
        }
        for (int i = 0; i < size; i++) {
            if (byId[i] == null) {
                byId[i] = "[PAD" + i + "]";
                types[i] = 5;
            }
        }
        List<String> merges = new ArrayList<>();
        for (JsonNode m : model.path("merges")) {
            merges.add(m.isArray() ? m.get(0).asText() + " " + m.get(1).asText() : m.asText());
        }
        if (merges.isEmpty() || bos < 0 || eos < 0) {
            throw new IOException(tokenizerJson + " lacks merges or the <|endoftext|> / <|im_end|> tokens");
        }
        return new ByteLevelBpeVocabulary(Arrays.asList(byId), types, merges, bos, eos, pre);
    }

    private static void put(String[] byId, int[] types, int id, String text, int type, Path file) throws IOException {
        if (id < 0 || id >= byId.length) {
            throw new IOException(file + ": token id " + id + " is outside the model's " + byId.length + " tokens");
        }
        byId[id] = text;
        types[id] = type;
    }
}
