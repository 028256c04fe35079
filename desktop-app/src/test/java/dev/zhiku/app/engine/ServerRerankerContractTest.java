package dev.zhiku.app.engine;

import dev.zhiku.core.Reranker;
import dev.zhiku.core.RerankerContract;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.ServerReranker;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * llama-server's {@code /v1/rerank}, as the loopback stand-in speaks it (llama-server cannot be installed here),
 * passes the reranker contract.
 */
class ServerRerankerContractTest extends RerankerContract {

    private static OllamaStandIn server;
    private static ServerReranker reranker;

    @BeforeAll
    static void start() throws IOException {
        server = new OllamaStandIn();
        reranker = ServerReranker.open(engine(server), OllamaStandIn.RERANK_MODEL, "");
    }

    @AfterAll
    static void stop() {
        reranker.close();
        server.close();
    }

    private static Engine engine(OllamaStandIn s) {
        return new Engine("llama-server", EngineKind.LLAMA_SERVER, s.address(), false, "", 0, false);
    }

    @Override
    protected Reranker reranker() {
        return reranker;
    }

    @Override
    protected Reranker unknownModel() {
        return ServerReranker.open(engine(server), unknownModelName(), "");
    }

    @Override
    protected Reranker onGoneServer() {
        try {
            OllamaStandIn other = new OllamaStandIn();
            other.kill();
            return ServerReranker.open(engine(other), OllamaStandIn.RERANK_MODEL, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
