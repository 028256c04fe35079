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

    /**
     * {@code zhiku serve} refuses a text longer than its model's window (never truncating it silently); the client
     * then sends the text's start, as the bundled model in-process embeds a long passage's first 512 tokens.
     */
    @org.junit.jupiter.api.Test
    void aTextLongerThanTheServersModelTakesIsEmbeddedByItsStart() {
        String sentence = "The best Longjing tea leaves of Hangzhou are picked by hand in early spring. ";
        String longText = sentence.repeat(120);
        float[] served = model.embedPassages(java.util.List.of("short text", longText)).get(1);
        float[] local = onnx.embedPassages(java.util.List.of(longText)).getFirst();
        double cosine = 0;
        for (int i = 0; i < served.length; i++) {
            cosine += (double) served[i] * local[i];
        }
        org.junit.jupiter.api.Assertions.assertTrue(cosine > 0.95, "cosine " + cosine);
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
