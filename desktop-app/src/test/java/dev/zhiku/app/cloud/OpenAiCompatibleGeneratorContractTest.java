package dev.zhiku.app.cloud;

import dev.zhiku.app.serve.ServedKnowledgeBase;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TextGeneratorContract;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.rag.cloud.CloudSettings;
import dev.zhiku.rag.cloud.OpenAiCompatibleGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The cloud client passes the generator contract against a real {@code zhiku serve} server on loopback. */
class OpenAiCompatibleGeneratorContractTest extends TextGeneratorContract {

    @TempDir
    static Path temp;

    private static ServedKnowledgeBase served;
    private static OpenAiCompatibleGenerator generator;

    @BeforeAll
    static void start() throws IOException {
        Outbound.allowCloud(true);
        served = ServedKnowledgeBase.start(temp);
        CloudSettings settings = CloudSettings.of(served.server().baseUri(), served.server().modelId(),
                ServedKnowledgeBase.TOKEN).withContextLength(2048)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));
        generator = new OpenAiCompatibleGenerator(settings);
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
