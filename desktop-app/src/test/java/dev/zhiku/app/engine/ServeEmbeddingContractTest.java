package dev.zhiku.app.engine;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.serve.KnowledgeServer;
import dev.zhiku.app.serve.ServedKnowledgeBase;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.EmbeddingModelContract;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.ServerEmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAI's {@code /v1/embeddings} passes the embedding contract against a real server: {@code zhiku serve} of a
 * second home, embedding with the bundled ONNX model.
 */
class ServeEmbeddingContractTest extends EmbeddingModelContract {

    @TempDir
    static Path temp;

    private static ServedKnowledgeBase served;
    private static Wiring wiring;
    private static EmbeddingModel onnx;
    private static ServerEmbeddingModel model;

    @BeforeAll
    static void start() throws IOException {
        served = ServedKnowledgeBase.start(temp);
        wiring = new Wiring(ZhikuHome.resolve(temp.resolve("embedding-home")), IndexerSettings.defaults());
        onnx = wiring.embeddings();
        served.server().withEmbeddings(() -> onnx);
        model = ServerEmbeddingModel.open(engine(served.server()), onnx.id(), ServedKnowledgeBase.TOKEN, "");
    }

    @AfterAll
    static void stop() throws IOException {
        model.close();
        served.close();
        wiring.close();
    }

    private static Engine engine(KnowledgeServer server) {
        return new Engine("second-zhiku", EngineKind.OPENAI_COMPATIBLE, Engine.rootOf(server.baseUri().toString()),
                false, "", 0, false);
    }

    @Override
    protected EmbeddingModel model() {
        return model;
    }

    @Override
    protected EmbeddingModel openUnknownModel() {
        return ServerEmbeddingModel.open(engine(served.server()), unknownModelName(), ServedKnowledgeBase.TOKEN, "");
    }

    @Override
    protected EmbeddingModel modelOnGoneServer() {
        KnowledgeServer other;
        try {
            other = KnowledgeServer.start(served.wiring().extractiveAnswerer(served.knowledgeBase()),
                "zhiku-extractive", 0, ServedKnowledgeBase.TOKEN).withEmbeddings(() -> onnx);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ServerEmbeddingModel opened = ServerEmbeddingModel.open(engine(other), onnx.id(), ServedKnowledgeBase.TOKEN,
                "");
        other.close();
        return opened;
    }
}
