package dev.zhiku.llm.catalog;

import java.util.List;

/**
 * One downloadable instruction-tuned GGUF model.
 *
 * @param id stable key, e.g. {@code qwen2.5-1.5b-instruct-q4_k_m}
 * @param displayName what the user sees
 * @param family model family, e.g. {@code Qwen2.5}
 * @param architecture GGUF {@code general.architecture}, e.g. {@code qwen2}
 * @param quantization e.g. {@code Q4_K_M}
 * @param fileName the file's name on disk
 * @param urlPath path below a download base, Hugging Face style {@code /{repo}/resolve/main/{file}}
 * @param sizeBytes the file's size; approximate when {@code sizeApproximate}
 * @param sizeApproximate whether {@code sizeBytes} is an estimate that the downloader must not demand exactly
 * @param sha256 lower-case hex digest, or {@code null} when not verified
 * @param licence the model's licence name
 * @param languages ISO 639-1 codes the model is documented to handle
 * @param chineseQuality how well it handles Chinese
 * @param chineseNote one sentence about its Chinese
 * @param parameterCount number of weights
 * @param contextLength trained context window in tokens
 * @param kvBytesPerToken f16 KV-cache bytes per token of context
 * @param ramNeededBytes file plus KV cache of a 4096-token context
 */
public record CatalogModel(String id, String displayName, String family, String architecture, String quantization,
        String fileName, String urlPath, long sizeBytes, boolean sizeApproximate, String sha256, String licence,
        List<String> languages, ChineseQuality chineseQuality, String chineseNote, long parameterCount,
        int contextLength, long kvBytesPerToken, long ramNeededBytes) {

    public CatalogModel {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** KV-cache bytes for a context of {@code tokens}. */
    public long kvCacheBytes(int tokens) {
        return kvBytesPerToken * tokens;
    }
}
