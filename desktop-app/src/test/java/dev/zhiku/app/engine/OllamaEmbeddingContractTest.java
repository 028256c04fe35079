package dev.zhiku.app.engine;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.EmbeddingModelContract;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.ServerEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Ollama's {@code /api/embed}, as the loopback stand-in speaks it, passes the embedding contract. */
class OllamaEmbeddingContractTest extends EmbeddingModelContract {

    private static OllamaStandIn ollama;
    private static ServerEmbeddingModel model;

    @BeforeAll
    static void start() throws IOException {
        ollama = new OllamaStandIn();
        model = ServerEmbeddingModel.open(engine(ollama), OllamaStandIn.EMBED_MODEL, "", "");
    }

    @AfterAll
    static void stop() {
        model.close();
        ollama.close();
    }

    static Engine engine(OllamaStandIn server) {
        return new Engine("ollama", EngineKind.OLLAMA, server.address(), false, "", 0, false);
    }

    @Override
    protected EmbeddingModel model() {
        return model;
    }

    @Override
    protected EmbeddingModel openUnknownModel() {
        return ServerEmbeddingModel.open(engine(ollama), unknownModelName(), "", "");
    }

    @Override
    protected EmbeddingModel modelOnGoneServer() {
        try {
            OllamaStandIn other = new OllamaStandIn();
            ServerEmbeddingModel opened = ServerEmbeddingModel.open(engine(other), OllamaStandIn.EMBED_MODEL, "", "");
            other.kill();
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
