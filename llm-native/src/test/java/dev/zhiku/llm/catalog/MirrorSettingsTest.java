package dev.zhiku.llm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class MirrorSettingsTest {

    private final CatalogModel qwen = ModelCatalog.bundled().byId("qwen2.5-0.5b-instruct-q4_k_m").orElseThrow();

    @Test
    void defaultsToHuggingFace() {
        assertEquals(URI.create("https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/"
                + "qwen2.5-0.5b-instruct-q4_k_m.gguf"), MirrorSettings.defaults().downloadUri(qwen));
        assertTrue(MirrorSettings.defaults().proxyAddress().isEmpty());
    }

    @Test
    void aMirrorReplacesTheBaseAndTrailingSlashesDoNotDouble() {
        MirrorSettings mirror = MirrorSettings.defaults().withBaseUrl(MirrorSettings.HF_MIRROR + "/");

        assertEquals(URI.create("https://hf-mirror.com/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/"
                + "qwen2.5-0.5b-instruct-q4_k_m.gguf"), mirror.downloadUri(qwen));
    }

    @Test
    void aProxyIsOfferedToTheHttpClient() {
        MirrorSettings settings = MirrorSettings.defaults().withBaseUrl("http://mirror.example:8080/hf")
                .withProxy("proxy.example", 3128);

        assertEquals("http://mirror.example:8080/hf" + qwen.urlPath(), settings.downloadUri(qwen).toString());
        InetSocketAddress proxy = settings.proxyAddress().orElseThrow();
        assertEquals("proxy.example", proxy.getHostString());
        assertEquals(3128, proxy.getPort());
    }

    @Test
    void rejectsWhatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> MirrorSettings.defaults().withBaseUrl("ftp://x.example"));
        assertThrows(IllegalArgumentException.class, () -> MirrorSettings.defaults().withProxy("proxy", 0));
    }
}
