package dev.zhiku.llm.gguf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A SentencePiece-style ({@code tokenizer.ggml.model = llama}) vocabulary llama.cpp accepts: {@code <unk>},
 * {@code <s>}, {@code </s>}, the 256 byte-fallback tokens, the ChatML control tokens, printable characters, a few
 * English words (with every prefix, so merges reach them) and unique fillers up to the requested size.
 *
 * @param tokens token texts
 * @param scores merge scores (higher merges first)
 * @param types  token types: 1 normal, 2 unknown, 3 control, 6 byte
 */
public record SyntheticVocabulary(List<String> tokens, float[] scores, int[] types) {

    public static final int UNK = 0;
    public static final int BOS = 1;
    public static final int EOS = 2;
    public static final int IM_START = 259;
    public static final int IM_END = 260;
    /** Fewest tokens a synthetic vocabulary can have. */
    public static final int MIN_SIZE = 384;

    private static final String SPACE = "\u2581";
    private static final String[] WORDS = {"the", "and", "is", "of", "to", "in", "it", "you", "that", "was", "for",
        "on", "are", "with", "as", "he", "she", "they", "at", "be", "this", "have", "from", "or", "one", "had",
        "by", "word", "but", "not", "what", "all", "were", "we", "when", "your", "can", "said", "there", "use",
        "an", "each", "which", "do", "how", "if", "will", "up", "about", "out", "many", "then", "them", "so"};

    public static SyntheticVocabulary build(int size) {
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("a synthetic vocabulary needs at least " + MIN_SIZE + " tokens");
        }
        List<String> tokens = new ArrayList<>(size);
        List<Integer> types = new ArrayList<>(size);
        add(tokens, types, "<unk>", 2);
        add(tokens, types, "<s>", 3);
        add(tokens, types, "</s>", 3);
        for (int b = 0; b < 256; b++) {
            add(tokens, types, String.format("<0x%02X>", b), 6);
        }
        add(tokens, types, "<|im_start|>", 3);
        add(tokens, types, "<|im_end|>", 3);
        Set<String> normal = new LinkedHashSet<>();
        normal.add(SPACE);
        for (char c = 33; c < 127; c++) {
            normal.add(String.valueOf(c));
        }
        for (String w : WORDS) {
            String piece = SPACE;
            for (char c : w.toCharArray()) {
                piece += c;
                normal.add(piece);
            }
        }
        for (String t : normal) {
            if (tokens.size() < size) {
                add(tokens, types, t, 1);
            }
        }
        for (int i = 0; tokens.size() < size; i++) {
            add(tokens, types, SPACE + "tok" + i, 1);
        }
        float[] scores = new float[size];
        int[] typeArray = new int[size];
        for (int i = 0; i < size; i++) {
            scores[i] = types.get(i) == 1 ? -i : 0;
            typeArray[i] = types.get(i);
        }
        return new SyntheticVocabulary(tokens, scores, typeArray);
    }

    private static void add(List<String> tokens, List<Integer> types, String text, int type) {
        tokens.add(text);
        types.add(type);
    }
}
