package dev.zhiku.rag.engine;

import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.cloud.CloudSettings;
import dev.zhiku.rag.cloud.OpenAiCompatibleGenerator;
import dev.zhiku.rag.cloud.RequestObserver;
import dev.zhiku.rag.cloud.ServiceNames;
import java.time.Duration;

/**
 * Opens a server's model as a {@link TextGenerator}: Ollama through its own chat API, every other server through
 * the OpenAI-compatible client. Only for servers whose {@link EngineReach#direct()} is true; any other server's
 * answers go through the cloud path instead.
 */
public final class EngineConnector {

    /** Longest wait for the first byte and between two pieces: a server may first load the model from disk. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(180);

    private EngineConnector() {
    }

    /**
     * The model as the answering model.
     *
     * @param engine        the server (must be reachable directly)
     * @param model         the model's name on the server
     * @param apiKey        the server's API key, or empty
     * @param contextLength the context to fit prompts to: what the server reports, else the engine's setting
     * @throws IllegalArgumentException for a server on the network that the user has not marked trusted
     */
    public static EngineGenerator open(Engine engine, String model, String apiKey, int contextLength) {
        if (!engine.reach().direct()) {
            throw new IllegalArgumentException(engine.label() + " is on the network and not marked trusted; its "
                    + "answers go through the cloud path");
        }
        TextGenerator inner;
        if (engine.kind().ollamaApi()) {
            inner = new OllamaChatGenerator(engine.address(), model, contextLength, engine.reach().purpose(),
                    IDLE_TIMEOUT);
        } else {
            CloudSettings settings = CloudSettings.of(engine.apiBase(), model, apiKey == null ? "" : apiKey)
                    .withContextLength(Math.max(64, contextLength)).withRetries(0, Duration.ofMillis(1))
                    .withTimeouts(IDLE_TIMEOUT, IDLE_TIMEOUT);
            inner = new OpenAiCompatibleGenerator(settings, RequestObserver.NONE, engine.reach().purpose(),
                    new ServiceNames(engine.label(), "the answer from " + engine.label()));
        }
        return new EngineGenerator(inner, engine.answerLabel(model));
    }

    /** The context for a model: Ollama's report when there is one, else the engine's setting. */
    public static int contextFor(Engine engine, String model, EngineProbe probe) {
        int reported = engine.kind().ollamaApi() && engine.contextLength() == 0 ? probe.ollamaContext(engine, model)
                : 0;
        return reported > 0 ? reported : engine.contextSetting();
    }
}
