package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.source.OpenOutcome;
import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.Route;
import dev.zhiku.rag.cloud.CloudRequest;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.conversation.ConversationMessage;
import dev.zhiku.rag.conversation.ConversationStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Ask cloud" in the chat's ViewModel, without the FX thread: consent, refusal, failure, automatic escalation. */
class ChatCloudTest {

    @TempDir
    Path home;
    private ConversationStore store;
    private final ScriptedCloud cloud = new ScriptedCloud();
    private final List<CloudRequest> prompted = new ArrayList<>();

    @BeforeEach
    void open() {
        store = ConversationStore.open(home.resolve("conversations"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChatViewModel model(ConsentPrompt prompt) {
        ChatViewModel model = new ChatViewModel(new ScriptedAsker("extract", List.of("local answer"), List.of()),
                store, null, UiExecutor.direct(), ChatWorkers.of(Runnable::run, Runnable::run),
                (f, p) -> OpenOutcome.opened(false), cloud);
        model.cloudPolicyProperty().set(cloud.policy);
        model.setConsentPrompt((request, decision) -> {
            prompted.add(request);
            prompt.ask(request, decision);
        });
        return model;
    }

    private static ConsentPrompt sendAllowing(boolean allow) {
        return (request, decision) -> decision.accept(new ConsentDecision(request, true, allow));
    }

    @Test
    void afterConsentTheCloudAnswerAppearsBelowTheLocalOneAndIsStored() {
        ChatViewModel model = model(sendAllowing(false));
        model.send("What is the deadline?");
        ChatItem local = model.items().get(1);
        assertTrue(local.canAskCloud());

        assertTrue(model.askCloud(local));

        assertEquals(1, prompted.size());
        assertEquals(3, model.items().size());
        assertEquals("local answer", model.items().get(1).text(), "the local answer stays");
        assertEquals(CloudState.Phase.ANSWERED, model.items().get(1).cloud().phase());
        assertFalse(model.items().get(1).canAskCloud(), "asked once, the button is gone");
        ChatItem answer = model.items().get(2);
        assertEquals(Route.CLOUD, answer.route());
        assertEquals("example-chat", answer.model());
        assertEquals("The cloud says 30 days [1].", answer.text());
        assertEquals(ChatItem.State.DONE, answer.state());
        assertEquals(EscalationTrigger.USER, answer.cloud().trigger());
        assertFalse(model.busyProperty().get());
        List<ConversationMessage> stored = store.messages(model.conversationIdProperty().get());
        assertEquals(3, stored.size());
        assertEquals(Route.CLOUD, stored.get(2).route());
        assertEquals("example-chat", stored.get(2).model());
    }

    @Test
    void cancellingSendsNothingAndSaysSo() {
        ChatViewModel model = model((request, decision) -> decision.accept(ConsentDecision.cancelled(request)));
        model.send("What is the deadline?");
        assertTrue(model.askCloud(model.items().get(1)));
        assertTrue(cloud.sent.isEmpty());
        assertEquals(2, model.items().size());
        assertEquals(CloudState.Notice.NOT_SENT, model.items().get(1).cloud().notice());
        assertTrue(model.items().get(1).canAskCloud(), "the person may change their mind");
        assertFalse(model.busyProperty().get());
    }

    @Test
    void allowingTheConversationSkipsThePreviewTheNextTime() {
        ChatViewModel model = model(sendAllowing(true));
        model.send("first question");
        model.askCloud(model.items().get(1));
        model.send("second question");
        model.askCloud(model.items().get(4));
        assertEquals(1, prompted.size(), "asked once");
        assertEquals(2, cloud.sent.size());

        model.startNew();
        model.send("a new conversation");
        model.askCloud(model.items().get(1));
        assertEquals(2, prompted.size(), "a new conversation asks again");
    }

    @Test
    void aRefusalIsShownUnderTheAnswerAndNothingIsSent() {
        cloud.refusal = "The answer rests only on documents in folders marked private; nothing was sent.";
        ChatViewModel model = model(sendAllowing(false));
        model.send("What is in my diary?");
        model.askCloud(model.items().get(1));
        assertTrue(prompted.isEmpty());
        assertTrue(cloud.sent.isEmpty());
        ChatItem local = model.items().getLast();
        assertEquals(CloudState.Notice.REFUSED, local.cloud().notice());
        assertEquals(cloud.refusal, local.cloud().detail());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aFailureKeepsTheLocalAnswerWithOneLine() {
        cloud.failure = "the cloud service refused the API key (HTTP 401); check the key in Settings";
        ChatViewModel model = model(sendAllowing(false));
        model.send("What is the deadline?");
        model.askCloud(model.items().get(1));
        assertEquals(2, model.items().size(), "no half-made cloud card is left");
        ChatItem local = model.items().get(1);
        assertEquals("local answer", local.text());
        assertEquals(ChatItem.State.DONE, local.state());
        assertEquals(CloudState.Notice.FAILED, local.cloud().notice());
        assertEquals(cloud.failure, local.cloud().detail());
        assertTrue(local.canAskCloud(), "it may be tried again");
        assertEquals(2, store.messages(model.conversationIdProperty().get()).size(), "nothing stored");
    }

    @Test
    void underTheAutomaticPolicyAWeakAnswerGoesWithoutThePreview() {
        cloud.policy = EscalationPolicy.AUTO;
        cloud.automatic = EscalationTrigger.ABSTAINED;
        ChatViewModel model = model(sendAllowing(false));
        model.send("What is the deadline?");
        assertTrue(prompted.isEmpty());
        assertEquals(List.of(EscalationTrigger.ABSTAINED), cloud.planned);
        assertEquals(3, model.items().size());
        assertEquals(EscalationTrigger.ABSTAINED, model.items().get(2).cloud().trigger());
    }

    @Test
    void stopEndsTheCloudAnswerAndKeepsWhatArrived() throws Exception {
        cloud.streaming = new CountDownLatch(1);
        Object lock = new Object();
        UiExecutor guarded = UiExecutor.of(task -> {
            synchronized (lock) {
                task.run();
            }
        });
        try (ChatWorkers workers = ChatWorkers.daemon()) {
            ChatViewModel model = new ChatViewModel(new ScriptedAsker("extract", List.of("local"), List.of()),
                    store, null, guarded, workers, (f, p) -> OpenOutcome.opened(false), cloud);
            model.cloudPolicyProperty().set(EscalationPolicy.AUTO);
            cloud.policy = EscalationPolicy.AUTO;
            synchronized (lock) {
                model.send("What is the deadline?");
            }
            awaitTrue(() -> {
                synchronized (lock) {
                    return model.items().size() == 2 && model.items().get(1).canAskCloud();
                }
            });
            synchronized (lock) {
                assertTrue(model.askCloud(model.items().get(1)));
            }
            assertTrue(cloud.streaming.await(10, TimeUnit.SECONDS));
            synchronized (lock) {
                assertTrue(model.busyProperty().get());
                model.stop();
                assertEquals(ChatItem.State.STOPPED, model.items().get(2).state());
                assertFalse(model.busyProperty().get());
            }
            awaitTrue(() -> {
                synchronized (lock) {
                    return model.items().get(1).cloud().phase() == CloudState.Phase.ANSWERED;
                }
            });
            synchronized (lock) {
                assertEquals("partial cloud", model.items().get(2).text());
                assertEquals(ChatItem.State.STOPPED, model.items().get(2).state());
            }
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(5)).until(condition::getAsBoolean);
    }

    @Test
    void theButtonIsNotOfferedUnderNever() {
        cloud.policy = EscalationPolicy.NEVER;
        ChatViewModel model = model(sendAllowing(false));
        model.send("What is the deadline?");
        assertFalse(model.cloudOfferedProperty().get());
        assertFalse(model.askCloud(model.items().get(1)));
        assertTrue(cloud.planned.isEmpty());
    }

    @Test
    void aStoredConversationKnowsWhichAnswersWereAlreadyAskedAndCanAskAboutTheOthers() {
        ChatViewModel model = model(sendAllowing(false));
        model.send("first question");
        model.askCloud(model.items().get(1));
        model.send("second question");
        String id = model.conversationIdProperty().get();
        model.startNew();
        model.open(store.find(id).orElseThrow());

        assertEquals(5, model.items().size());
        assertFalse(model.items().get(1).canAskCloud(), "its cloud answer is stored below it");
        assertEquals("example-chat", model.items().get(2).model());
        assertTrue(model.items().get(4).canAskCloud());
        model.askCloud(model.items().get(4));
        assertEquals("second question", cloud.sent.getLast().question(), "the question above the answer");
        assertEquals(Route.CLOUD, model.items().get(5).route());
    }
}
