package dev.zhiku.llm.gguf;

/**
 * What a GGUF header says about a model, for display and for the memory check.
 *
 * @param architecture    {@code general.architecture}, e.g. qwen2
 * @param name            {@code general.name}, or the file name
 * @param quantization    label of {@code general.file_type}, e.g. Q4_K_M (or the dominant tensor type)
 * @param parameterCount  sum of the tensor elements
 * @param contextLength   context the model was trained for, 0 if not stated
 * @param hasChatTemplate whether {@code tokenizer.chat_template} is present
 * @param fileSize        bytes on disk
 * @param kvCacheBytes    KV cache for the checked context (f16 keys and values)
 * @param memoryNeeded    estimated resident memory: file size plus KV cache
 */
public record ModelFacts(String architecture, String name, String quantization, long parameterCount,
                         long contextLength, boolean hasChatTemplate, long fileSize, long kvCacheBytes,
                         long memoryNeeded) {
}
