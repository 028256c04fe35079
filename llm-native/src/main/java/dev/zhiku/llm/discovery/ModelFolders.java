package dev.zhiku.llm.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folders where LM Studio, GPT4All and Jan keep models by default, and Ollama's store, for a given home and
 * environment. Paths of every operating system are listed; those that do not exist are simply not found.
 */
public final class ModelFolders {

    private final Path home;
    private final Map<String, String> env;

    public ModelFolders(Path home, Map<String, String> env) {
        this.home = home;
        this.env = Map.copyOf(env);
    }

    /** Folders searched for {@code .gguf} files by walking them. */
    public List<SearchRoot> walkedFolders() {
        List<SearchRoot> roots = new ArrayList<>();
        roots.add(new SearchRoot(home.resolve(".lmstudio/models"), ModelSource.LM_STUDIO));
        roots.add(new SearchRoot(home.resolve(".cache/lm-studio/models"), ModelSource.LM_STUDIO));
        roots.add(new SearchRoot(dataHome().resolve("nomic.ai/GPT4All"), ModelSource.GPT4ALL));
        roots.add(new SearchRoot(home.resolve("Library/Application Support/nomic.ai/GPT4All"), ModelSource.GPT4ALL));
        envPath("LOCALAPPDATA").ifPresent(dir -> roots.add(
                new SearchRoot(dir.resolve("nomic.ai").resolve("GPT4All"), ModelSource.GPT4ALL)));
        roots.add(new SearchRoot(home.resolve("jan/models"), ModelSource.JAN));
        roots.add(new SearchRoot(dataHome().resolve("Jan/data/models"), ModelSource.JAN));
        roots.add(new SearchRoot(home.resolve("Library/Application Support/Jan/data/models"), ModelSource.JAN));
        envPath("APPDATA").ifPresent(dir -> roots.add(
                new SearchRoot(dir.resolve("Jan").resolve("data").resolve("models"), ModelSource.JAN)));
        return roots;
    }

    /** Ollama's model store: {@code OLLAMA_MODELS} if set, else {@code ~/.ollama/models}. */
    public Path ollamaStore() {
        return envPath("OLLAMA_MODELS").orElse(home.resolve(".ollama/models"));
    }

    private Path dataHome() {
        return envPath("XDG_DATA_HOME").orElse(home.resolve(".local/share"));
    }

    private Optional<Path> envPath(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
