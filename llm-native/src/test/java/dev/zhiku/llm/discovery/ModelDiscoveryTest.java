package dev.zhiku.llm.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDiscoveryTest {

    private static final String HEX = "a".repeat(64);

    @TempDir
    Path home;

    private final List<Path> askedAbout = new ArrayList<>();

    @Test
    void findsAnOllamaModelThroughItsManifest() throws IOException {
        Path store = home.resolve(".ollama/models");
        Path manifest = store.resolve("manifests/registry.ollama.ai/library/qwen2.5/0.5b");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, """
                {"schemaVersion": 2,
                 "config": {"mediaType": "application/vnd.docker.container.image.v1+json",
                            "digest": "sha256:%s", "size": 10},
                 "layers": [
                   {"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:%s", "size": 1004},
                   {"mediaType": "application/vnd.ollama.image.template", "digest": "sha256:%s", "size": 5}]}
                """.formatted("c".repeat(64), HEX, "b".repeat(64)));
        Path blob = gguf(store.resolve("blobs/sha256-" + HEX), 1000);
        Files.writeString(store.resolve("blobs/sha256-" + "b".repeat(64)), "{{ .Prompt }}");

        List<DiscoveredModel> found = discovery(Map.of()).discover();

        assertEquals(1, found.size());
        DiscoveredModel model = found.getFirst();
        assertEquals("qwen2.5:0.5b", model.name());
        assertEquals(blob, model.path());
        assertEquals(ModelSource.OLLAMA, model.source());
        assertEquals(1004, model.sizeBytes());
        assertEquals("qwen2", model.facts().orElseThrow().architecture());
        assertEquals(List.of(blob), askedAbout);
    }

    @Test
    void honoursOllamaModelsAndNamesModelsOutsideTheLibrary() throws IOException {
        Path store = home.resolve("elsewhere");
        Path manifest = store.resolve("manifests/hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF/Q4_K_M");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, """
                {"layers": [{"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:%s"}]}
                """.formatted(HEX));
        gguf(store.resolve("blobs/sha256-" + HEX), 10);

        List<DiscoveredModel> found = discovery(Map.of("OLLAMA_MODELS", store.toString())).discover();

        assertEquals(List.of("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M"),
                found.stream().map(DiscoveredModel::name).toList());
    }

    @Test
    void findsLmStudioModelsInNestedPublisherFolders() throws IOException {
        Path models = home.resolve(".lmstudio/models");
        gguf(models.resolve("lmstudio-community/Qwen2.5-1.5B-Instruct-GGUF/Qwen2.5-1.5B-Instruct-Q4_K_M.gguf"), 64);
        gguf(home.resolve(".cache/lm-studio/models/bartowski/gemma/gemma-3-1b-it-Q4_K_M.gguf"), 64);

        Map<String, ModelSource> found = names(discovery(Map.of()).discover());

        assertEquals(Map.of("Qwen2.5-1.5B-Instruct-Q4_K_M.gguf", ModelSource.LM_STUDIO,
                "gemma-3-1b-it-Q4_K_M.gguf", ModelSource.LM_STUDIO), found);
    }

    @Test
    void findsGpt4AllJanAndUserFilesButIgnoresWhatIsNotGguf() throws IOException {
        gguf(home.resolve(".local/share/nomic.ai/GPT4All/Meta-Llama-3-8B-Instruct.Q4_0.gguf"), 32);
        Files.writeString(home.resolve(".local/share/nomic.ai/GPT4All/fake.gguf"), "not a model at all");
        Files.writeString(home.resolve(".local/share/nomic.ai/GPT4All/localdocs_v2.db"), "GGUF but wrong name");
        Path appData = home.resolve("AppData/Local");
        gguf(appData.resolve("nomic.ai/GPT4All/windows.gguf"), 32);
        gguf(home.resolve("jan/models/phi/model.gguf"), 32);
        Path mine = home.resolve("my-models");
        gguf(mine.resolve("mine.gguf"), 32);
        Files.write(mine.resolve("empty.gguf"), new byte[0]);

        Map<String, ModelSource> found = names(discovery(Map.of("LOCALAPPDATA", appData.toString()), mine)
                .discover());

        assertEquals(Map.of("Meta-Llama-3-8B-Instruct.Q4_0.gguf", ModelSource.GPT4ALL, "windows.gguf",
                ModelSource.GPT4ALL, "model.gguf", ModelSource.JAN, "mine.gguf", ModelSource.USER), found);
    }

    @Test
    void symlinkLoopsDuplicatesAndBrokenReadersNeverThrow() throws IOException {
        Path models = home.resolve(".lmstudio/models");
        Path file = gguf(models.resolve("a/model.gguf"), 16);
        Files.createSymbolicLink(models.resolve("a/loop"), models);
        Files.createSymbolicLink(models.resolve("alias.gguf"), file);
        ModelDiscovery discovery = new ModelDiscovery(home, Map.of(), List.of(home.resolve("missing")), path -> {
            throw new IllegalStateException("reader failed");
        });

        List<DiscoveredModel> found = discovery.discover();

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().facts().isEmpty());
    }

    private ModelDiscovery discovery(Map<String, String> env, Path... userFolders) {
        return new ModelDiscovery(home, env, List.of(userFolders), path -> {
            askedAbout.add(path);
            return Optional.of(new GgufFacts("qwen2", "Q4_K_M", 494_000_000L, true, ""));
        });
    }

    private static Map<String, ModelSource> names(List<DiscoveredModel> found) {
        return found.stream().collect(Collectors.toMap(DiscoveredModel::name, DiscoveredModel::source));
    }

    private static Path gguf(Path file, int payload) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[4 + payload];
        bytes[0] = 'G';
        bytes[1] = 'G';
        bytes[2] = 'U';
        bytes[3] = 'F';
        return Files.write(file, bytes);
    }
}
