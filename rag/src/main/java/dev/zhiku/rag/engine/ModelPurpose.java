package dev.zhiku.rag.engine;

import java.util.List;
import java.util.Locale;

/**
 * What a server's model is probably for, from its name and family: servers do not say whether a model embeds,
 * reranks or writes (Ollama's {@code /api/tags} gives a family, {@code /v1/models} only a name). Used to suggest
 * models in the window; any model can still be chosen by name, and a wrong choice fails at its first request.
 */
public final class ModelPurpose {

    /** Name parts of the embedding models people run (bge-m3, qwen3-embedding, nomic-embed-text, e5, gte, …). */
    private static final List<String> EMBEDDING = List.of("embed", "bge", "e5-", "gte", "minilm", "mpnet",
            "jina-embeddings", "arctic-embed", "paraphrase", "text2vec", "m3e", "bert");
    private static final List<String> RERANKING = List.of("rerank");

    private ModelPurpose() {
    }

    /** Whether {@code model} looks like an embedding model (and not a reranker). */
    public static boolean embeds(EngineModel model) {
        String text = text(model);
        return !reranks(model) && EMBEDDING.stream().anyMatch(text::contains);
    }

    /** Whether {@code model} looks like a reranking model. */
    public static boolean reranks(EngineModel model) {
        String text = text(model);
        return RERANKING.stream().anyMatch(text::contains);
    }

    private static String text(EngineModel model) {
        return (model.name() + " " + model.detail()).toLowerCase(Locale.ROOT);
    }
}
