package dev.zhiku.rag.engine;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what the user named — a server's name or address, and perhaps a model — into a server and one of its
 * models. An address that is not listed is used as given (not saved), Ollama when it answers {@code /api/tags}.
 * Without a model: the one chosen earlier for this server, else the server's only model.
 */
public final class EngineSelection {

    private EngineSelection() {
    }

    /**
     * The server and model, checked against what the server lists when it answers.
     *
     * @throws IllegalArgumentException with a sentence the user can act on
     */
    public static EngineTarget resolve(EngineList list, EngineProbe probe, String engineArg, String modelArg,
                                               String apiKey) {
        Engine engine = list.find(engineArg).orElseGet(() -> adHoc(engineArg, probe));
        if (modelArg != null && !modelArg.isBlank()) {
            return new EngineTarget(engine, modelArg.strip());
        }
        Optional<EngineChoice> earlier = list.active().filter(c -> c.engine().equalsIgnoreCase(engine.name()));
        if (earlier.isPresent()) {
            return new EngineTarget(engine, earlier.get().model());
        }
        EngineStatus status = probe.probe(engine, apiKey);
        if (!status.available()) {
            throw new IllegalArgumentException(engine.label() + " at " + engine.address() + " is unavailable ("
                    + status.problem() + "); start it, or name the model with --engine-model");
        }
        List<EngineModel> models = status.models();
        if (models.size() == 1) {
            return new EngineTarget(engine, models.getFirst().name());
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException(engine.label() + " offers no model yet"
                    + (engine.kind().ollamaApi() ? " (try `ollama pull qwen3.5:4b`)" : ""));
        }
        throw new IllegalArgumentException(engine.label() + " offers " + models.size() + " models; choose one with "
                + "--engine-model: " + models.stream().map(EngineModel::name).collect(Collectors.joining(", ")));
    }

    private static Engine adHoc(String typed, EngineProbe probe) {
        URI root;
        try {
            root = Engine.rootOf(typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no server named '" + typed + "' (see `zhiku engines list`), and "
                    + e.getMessage());
        }
        Engine openAi = new Engine(root.getHost() + "-" + root.getPort(), EngineKind.OPENAI_COMPATIBLE, root, false,
                "", 0, false);
        Engine ollama = new Engine(openAi.name(), EngineKind.OLLAMA, root, false, "", 0, false);
        return probe.speaksOllama(ollama) ? ollama : openAi;
    }
}
