package dev.zhiku.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.TokenSink;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.rag.cloud.ServerUnreachableException;
import dev.zhiku.rag.cloud.StreamDroppedException;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineConnector;
import dev.zhiku.rag.engine.EngineGenerator;
import dev.zhiku.rag.engine.EngineKind;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server that disappears: killed mid-answer, the text that arrived is kept with one line; gone for good, the
 * engine is marked unavailable and later questions fail at once without connecting again.
 */
class ServerGoneTest {

    private static final GenerationRequest QUESTION = GenerationRequest.of(List.of(ChatMessage.user("Tell a story")))
            .withMaxTokens(64);

    @Test
    void aKillMidAnswerKeepsWhatArrivedAndAfterwardsTheServerIsMarkedUnavailable() throws Exception {
        OllamaStandIn ollama = new OllamaStandIn();
        Engine engine = new Engine("ollama", EngineKind.OLLAMA, ollama.address(), false, "", 0, false);
        try (EngineGenerator generator = EngineConnector.open(engine, OllamaStandIn.MODEL, "", 4096)) {
            ollama.holdAfter(5);
            StringBuilder streamed = new StringBuilder();
            CompletableFuture<Throwable> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    generator.generate(QUESTION, streamed::append, new GenerationControl());
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertTrue(ollama.awaitHeld());
            ollama.kill();
            Throwable failure = answer.get(60, TimeUnit.SECONDS);
            StreamDroppedException dropped = assertInstanceOf(failure);
            assertEquals("Once upon a time a ", dropped.partialText());
            assertEquals(dropped.partialText(), streamed.toString());
            assertEquals(1, dropped.getMessage().lines().count(), dropped.getMessage());
            assertTrue(dropped.getMessage().contains("broke off") && dropped.getMessage().contains("19 characters"),
                    dropped.getMessage());

            assertThrows(ServerUnreachableException.class,
                    () -> generator.generate(QUESTION, TokenSink.NONE, new GenerationControl()));
            assertFalse(generator.unavailable().isEmpty());
            long sent = Outbound.sent(Outbound.Purpose.LOOPBACK);
            GenerationException again = assertThrows(GenerationException.class,
                    () -> generator.generate(QUESTION, TokenSink.NONE, new GenerationControl()));
            assertTrue(again.getMessage().startsWith("Ollama · " + OllamaStandIn.MODEL + " is unavailable"),
                    again.getMessage());
            assertEquals(sent, Outbound.sent(Outbound.Purpose.LOOPBACK), "no new connection to a server marked gone");
        }
    }

    private static StreamDroppedException assertInstanceOf(Throwable t) {
        return org.junit.jupiter.api.Assertions.assertInstanceOf(StreamDroppedException.class, t);
    }
}
