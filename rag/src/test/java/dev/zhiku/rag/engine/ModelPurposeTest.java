package dev.zhiku.rag.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which servers' models the window suggests for search and for reranking (names as Ollama and LM Studio list them). */
class ModelPurposeTest {

    @Test
    void embeddingModelsAreToldFromRerankersAndChatModels() {
        for (String name : new String[] {"bge-m3", "qwen3-embedding:0.6b", "nomic-embed-text:latest",
            "mxbai-embed-large", "text-embedding-bge-m3", "snowflake-arctic-embed2", "jina/jina-embeddings-v2-base-zh",
            "multilingual-e5-large"}) {
            assertTrue(ModelPurpose.embeds(new EngineModel(name, 0, "")), name);
            assertFalse(ModelPurpose.reranks(new EngineModel(name, 0, "")), name);
        }
        EngineModel reranker = new EngineModel("bge-reranker-v2-m3", 0, "bert 567M F16");
        assertTrue(ModelPurpose.reranks(reranker));
        assertFalse(ModelPurpose.embeds(reranker), "a reranker is not offered as an embedding model");
        for (String name : new String[] {"qwen3.5:4b", "gemma4:e4b", "llama3.2:3b", "deepseek-r1:7b"}) {
            assertFalse(ModelPurpose.embeds(new EngineModel(name, 0, "qwen35 4B Q4_K_M")), name);
            assertFalse(ModelPurpose.reranks(new EngineModel(name, 0, "")), name);
        }
        assertTrue(ModelPurpose.embeds(new EngineModel("my-model", 0, "bert 335M F16")), "by its family");
    }
}
