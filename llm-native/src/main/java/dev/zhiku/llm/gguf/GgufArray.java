package dev.zhiku.llm.gguf;

import java.util.List;

/**
 * An array value of GGUF metadata. Large arrays (the tokenizer's tokens, scores, merges) are skipped when read:
 * their {@code length} is kept and {@code values} is empty.
 *
 * @param elementType type of the elements
 * @param length      number of elements in the file
 * @param values      the elements when the array was small enough to keep, else empty
 */
public record GgufArray(GgufValueType elementType, long length, List<Object> values) {

    public GgufArray {
        values = List.copyOf(values);
    }

    public boolean complete() {
        return values.size() == length;
    }
}
