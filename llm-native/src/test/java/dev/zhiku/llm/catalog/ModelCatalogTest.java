package dev.zhiku.llm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.bundled();

    @Test
    void bundledCatalogHasTheNineCuratedModels() {
        assertEquals(List.of("qwen2.5-0.5b-instruct-q4_k_m", "qwen2.5-1.5b-instruct-q4_k_m",
                "qwen2.5-3b-instruct-q4_k_m", "qwen2.5-7b-instruct-q4_k_m", "llama-3.2-1b-instruct-q4_k_m",
                "llama-3.2-3b-instruct-q4_k_m", "gemma-3-1b-it-q4_k_m", "gemma-3-4b-it-q4_k_m",
                "phi-3.5-mini-instruct-q4_k_m"), catalog.models().stream().map(CatalogModel::id).toList());
    }

    @Test
    void everyEntryHasTheRequiredFieldsAndHonestUnverifiedHashes() {
        Set<String> architectures = Set.of("qwen2", "llama", "gemma3", "phi3");
        for (CatalogModel model : catalog.models()) {
            assertTrue(CatalogValidation.problems(model).isEmpty(), model.id());
            assertTrue(architectures.contains(model.architecture()), model.id());
            assertEquals("Q4_K_M", model.quantization(), model.id());
            assertTrue(model.fileName().endsWith(".gguf"), model.id());
            assertTrue(model.urlPath().matches("/[^/]+/[^/]+/resolve/main/" + model.fileName().replace(".", "\\.")),
                    model.id());
            assertNull(model.sha256(), model.id() + ": hashes were not verified, they must stay null");
            assertTrue(model.sizeApproximate(), model.id());
            assertTrue(model.ramNeededBytes() >= model.sizeBytes() + model.kvCacheBytes(4096), model.id());
            assertFalse(model.licence().isBlank(), model.id());
        }
    }

    @Test
    void chineseQualityFollowsTheFamily() {
        for (CatalogModel model : catalog.models()) {
            ChineseQuality expected = switch (model.family()) {
                case "Qwen2.5" -> ChineseQuality.EXCELLENT;
                case "Gemma 3" -> ChineseQuality.GOOD;
                case "Llama 3.2" -> ChineseQuality.FAIR;
                default -> ChineseQuality.WEAK;
            };
            assertEquals(expected, model.chineseQuality(), model.id());
        }
    }

    @Test
    void anEntryWithoutAFileNameIsRejectedWithItsId() {
        String json = """
                {"models": [{"id": "broken", "displayName": "Broken", "architecture": "llama",
                  "quantization": "Q4_K_M", "urlPath": "/a/b/resolve/main/x.gguf", "sizeBytes": 1,
                  "sizeApproximate": true, "licence": "MIT", "languages": ["en"], "chineseQuality": "WEAK",
                  "chineseNote": "n", "parameterCount": 1, "contextLength": 1, "kvBytesPerToken": 1,
                  "ramNeededBytes": 1}]}
                """;
        IOException e = assertThrows(IOException.class,
                () -> ModelCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("broken: missing fileName"), e.getMessage());
    }
}
