package dev.zhiku.llm.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Ollama's store: each manifest {@code manifests/HOST/NAMESPACE/NAME/TAG} is JSON whose layer with media
 * type {@value #MODEL_MEDIA_TYPE} names the GGUF blob {@code blobs/sha256-HEX}. Models from the default library
 * are called {@code NAME:TAG}, others {@code NAMESPACE/NAME:TAG} or {@code HOST/NAMESPACE/NAME:TAG}.
 */
final class OllamaLibrary {

    static final String MODEL_MEDIA_TYPE = "application/vnd.ollama.image.model";
    private static final String DEFAULT_HOST = "registry.ollama.ai";
    private static final Logger LOG = LoggerFactory.getLogger(OllamaLibrary.class);

    private final Path store;
    private final ObjectMapper mapper = new ObjectMapper();

    OllamaLibrary(Path store) {
        this.store = store;
    }

    /** A model's name and its blob, as the manifests describe them. */
    record Entry(String name, Path blob) {
    }

    List<Entry> entries() {
        Path manifests = store.resolve("manifests");
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(manifests)) {
            return entries;
        }
        try (Stream<Path> files = Files.walk(manifests, 4)) {
            files.filter(Files::isRegularFile).forEach(manifest -> read(manifests, manifest, entries));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            LOG.warn("Stopped reading Ollama manifests under {}: {}", manifests, e.toString());
        }
        return entries;
    }

    private void read(Path manifests, Path manifest, List<Entry> entries) {
        Path relative = manifests.relativize(manifest);
        if (relative.getNameCount() != 4) {
            return;
        }
        try {
            for (JsonNode layer : mapper.readTree(manifest.toFile()).path("layers")) {
                String digest = layer.path("digest").asText("");
                if (MODEL_MEDIA_TYPE.equals(layer.path("mediaType").asText()) && digest.startsWith("sha256:")) {
                    Path blob = store.resolve("blobs").resolve(digest.replace(':', '-'));
                    entries.add(new Entry(name(relative), blob));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Skipping unreadable Ollama manifest {}: {}", manifest, e.toString());
        }
    }

    private static String name(Path relative) {
        String host = relative.getName(0).toString();
        String namespace = relative.getName(1).toString();
        String model = relative.getName(2) + ":" + relative.getName(3);
        if (!DEFAULT_HOST.equals(host)) {
            return host + "/" + namespace + "/" + model;
        }
        return "library".equals(namespace) ? model : namespace + "/" + model;
    }
}
