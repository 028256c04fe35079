package dev.zhiku.app.engine;

import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TextGeneratorContract;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineConnector;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.EngineProbe;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Ollama client (through {@link EngineConnector}, with the context {@code /api/show} reports) passes the
 * generator contract against the loopback stand-in that speaks Ollama's API.
 */
class OllamaGeneratorContractTest extends TextGeneratorContract {

    private static OllamaStandIn ollama;
    private static TextGenerator generator;

    @BeforeAll
    static void start() throws IOException {
        ollama = new OllamaStandIn();
        Engine engine = new Engine("ollama", EngineKind.OLLAMA, ollama.address(), false, "", 0, false);
        try (EngineProbe probe = new EngineProbe()) {
            generator = EngineConnector.open(engine, OllamaStandIn.MODEL, "",
                    EngineConnector.contextFor(engine, OllamaStandIn.MODEL, probe));
        }
    }

    @AfterAll
    static void stop() {
        generator.close();
        ollama.close();
    }

    @Override
    protected TextGenerator generator() {
        return generator;
    }
}
