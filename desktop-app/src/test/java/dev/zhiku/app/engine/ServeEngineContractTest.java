package dev.zhiku.app.engine;

import dev.zhiku.app.serve.ServedKnowledgeBase;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TextGeneratorContract;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineConnector;
import dev.zhiku.rag.engine.EngineKind;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OpenAI-compatible server on this PC as an engine (no cloud permission needed: loopback purpose) passes the
 * generator contract against the project's own real server, {@code zhiku serve} of a second home.
 */
class ServeEngineContractTest extends TextGeneratorContract {

    @TempDir
    static Path temp;

    private static ServedKnowledgeBase served;
    private static TextGenerator generator;

    @BeforeAll
    static void start() throws IOException {
        served = ServedKnowledgeBase.start(temp);
        Engine engine = new Engine("second-zhiku", EngineKind.OPENAI_COMPATIBLE,
                Engine.rootOf(served.server().baseUri().toString()), false, "", 2048, false);
        generator = EngineConnector.open(engine, served.server().modelId(), ServedKnowledgeBase.TOKEN,
                engine.contextSetting());
    }

    @AfterAll
    static void stop() throws IOException {
        generator.close();
        served.close();
    }

    @Override
    protected TextGenerator generator() {
        return generator;
    }
}
