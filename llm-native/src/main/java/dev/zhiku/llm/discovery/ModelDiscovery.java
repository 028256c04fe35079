package dev.zhiku.llm.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds GGUF models already on this computer: in Ollama's store, the default folders of LM Studio, GPT4All and
 * Jan, and folders the user added. A file reachable twice (a link from LM Studio into Ollama's blobs) is
 * reported once, under the first source that found it. Never throws for what it finds on disk.
 */
public final class ModelDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(ModelDiscovery.class);

    private final ModelFolders folders;
    private final List<Path> userFolders;
    private final Function<Path, Optional<GgufFacts>> facts;

    /**
     * @param home the user's home folder
     * @param env environment variables (OLLAMA_MODELS, XDG_DATA_HOME, LOCALAPPDATA, APPDATA are used)
     * @param userFolders extra folders the user added
     * @param facts a GGUF reader: facts for a file, empty when it cannot tell
     */
    public ModelDiscovery(Path home, Map<String, String> env, List<Path> userFolders,
            Function<Path, Optional<GgufFacts>> facts) {
        this.folders = new ModelFolders(home, env);
        this.userFolders = List.copyOf(userFolders);
        this.facts = facts;
    }

    /** For the running user, with the real environment. */
    public static ModelDiscovery forCurrentUser(List<Path> userFolders, Function<Path, Optional<GgufFacts>> facts) {
        return new ModelDiscovery(Path.of(System.getProperty("user.home")), System.getenv(), userFolders, facts);
    }

    public List<DiscoveredModel> discover() {
        List<DiscoveredModel> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (OllamaLibrary.Entry entry : new OllamaLibrary(folders.ollamaStore()).entries()) {
            if (GgufMagic.isGguf(entry.blob())) {
                add(found, seen, entry.name(), entry.blob(), ModelSource.OLLAMA);
            }
        }
        List<SearchRoot> roots = new ArrayList<>(folders.walkedFolders());
        userFolders.forEach(folder -> roots.add(new SearchRoot(folder, ModelSource.USER)));
        for (SearchRoot root : roots) {
            for (Path file : GgufFileWalker.find(root.folder())) {
                add(found, seen, file.getFileName().toString(), file, root.source());
            }
        }
        LOG.info("Found {} GGUF models on disk", found.size());
        return found;
    }

    private void add(List<DiscoveredModel> found, Set<Path> seen, String name, Path file, ModelSource source) {
        try {
            if (!seen.add(file.toRealPath())) {
                return;
            }
            found.add(new DiscoveredModel(name, file, source, Files.size(file), factsOf(file)));
        } catch (IOException | SecurityException e) {
            LOG.debug("Skipping {}: {}", file, e.toString());
        }
    }

    private Optional<GgufFacts> factsOf(Path file) {
        try {
            return facts.apply(file);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the GGUF header of {}: {}", file, e.toString());
            return Optional.empty();
        }
    }
}
