package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.source.OpenOutcome;
import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.conversation.ConversationMessage;
import dev.zhiku.rag.conversation.ConversationStore;
import dev.zhiku.rag.memory.MemoryCommandRunner;
import dev.zhiku.rag.memory.MemoryStore;
import dev.zhiku.rag.retrieve.Retrieval;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat's ViewModel without the FX thread: a direct UI thread and, mostly, direct workers. */
class ChatViewModelTest {

    private static final Citation CONTRACT = ScriptedAsker.citation(1, "/docs/contract.txt", "付款期限为30天");

    @TempDir
    Path home;
    private ConversationStore store;
    private MemoryStore memories;

    @BeforeEach
    void open() {
        store = ConversationStore.open(home.resolve("conversations"));
        memories = MemoryStore.open(home.resolve("memories"));
    }

    @AfterEach
    void close() {
        store.close();
        memories.close();
    }

    private ChatViewModel model(Asker asker) {
        return new ChatViewModel(asker, store, new MemoryCommandRunner(memories), UiExecutor.direct(),
                ChatWorkers.of(Runnable::run, Runnable::run), 
                (file, page) -> OpenOutcome.opened(false));
    }

    @Test
    void showsTheExtractiveAnswerFirstThenTheStreamedTextAndStoresTheTurn() {
        ChatViewModel[] holder = new ChatViewModel[1];
        ScriptedAsker asker = new ScriptedAsker("合同约定付款期限为30天。", List.of("付款", "期限是", "30天 [1]"),
                List.of(CONTRACT));
        asker.afterExtractive(text -> {
            ChatItem shown = holder[0].items().getLast();
            assertEquals(text, shown.text());
            assertEquals(Route.EXTRACTIVE, shown.route());
            assertEquals(ChatItem.State.STREAMING, shown.state());
            assertTrue(holder[0].busyProperty().get());
        }).afterTokens(text -> {
            assertEquals(text, holder[0].items().getLast().text());
            assertEquals(Route.LOCAL, holder[0].items().getLast().route());
        });
        ChatViewModel model = model(asker);
        holder[0] = model;

        assertTrue(model.send("  上次合同里的付款期限是多少？ "));

        assertEquals(2, model.items().size());
        assertEquals(ChatItem.Kind.QUESTION, model.items().get(0).kind());
        assertEquals("上次合同里的付款期限是多少？", model.items().get(0).text());
        ChatItem answer = model.items().get(1);
        assertEquals("付款期限是30天 [1]", answer.text());
        assertEquals(ChatItem.State.DONE, answer.state());
        assertEquals(List.of(CONTRACT), answer.citations());
        assertEquals(120, answer.firstTokenMillis());
        assertEquals(25.5, answer.tokensPerSecond());
        assertFalse(model.busyProperty().get());
        assertTrue(model.canRegenerateProperty().get());

        String id = model.conversationIdProperty().get();
        List<ConversationMessage> stored = store.messages(id);
        assertEquals(2, stored.size());
        assertEquals("上次合同里的付款期限是多少？", stored.get(0).text());
        assertEquals(List.of(CONTRACT), stored.get(1).citations());
        assertEquals(1, model.conversations().rows().size(), "the sidebar lists the new conversation");
    }

    @Test
    void blankInputIsIgnored() {
        ScriptedAsker asker = new ScriptedAsker("x", List.of("y"), List.of());
        ChatViewModel model = model(asker);
        assertFalse(model.send("   \n "));
        assertFalse(model.send(null));
        assertTrue(model.items().isEmpty());
        assertTrue(asker.questions.isEmpty());
        assertTrue(store.list().isEmpty());
    }

    @Test
    void theSecondQuestionCarriesTheFirstTurnAsHistory() {
        ScriptedAsker asker = new ScriptedAsker("extract", List.of("answer"), List.of());
        ChatViewModel model = model(asker);
        model.send("first question");
        model.send("second question");
        assertEquals(4, model.items().size());
        assertEquals(2, asker.questions.get(1).history().size());
        assertEquals(asker.questions.get(0).conversationId(), asker.questions.get(1).conversationId());
        assertEquals(4, store.messages(model.conversationIdProperty().get()).size());
    }

    @Test
    void rememberGoesToTheMemoryStoreNotTheAnswerer() {
        ScriptedAsker asker = new ScriptedAsker("x", List.of("y"), List.of());
        ChatViewModel model = model(asker);
        model.send("记住我的车牌号是京A12345");
        assertTrue(asker.questions.isEmpty());
        assertEquals(1, memories.list().size());
        assertTrue(memories.list().getFirst().text().contains("京A12345"));
        assertEquals(ChatItem.Kind.MEMORY, model.items().getLast().kind());
        assertTrue(model.items().getLast().text().startsWith("好的"));
        model.send("remember that my badge number is 4711");
        assertEquals(2, memories.list().size());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aFailureBecomesAReadableMessage() {
        ChatViewModel model = model((q, l, c) -> {
            throw new IllegalStateException("The model file /models/x.gguf is not a GGUF file.",
                    new RuntimeException("bad magic"));
        });
        model.send("What is the deadline?");
        ChatItem answer = model.items().getLast();
        assertEquals(ChatItem.State.FAILED, answer.state());
        assertEquals("The model file /models/x.gguf is not a GGUF file.", answer.error());
        assertFalse(model.busyProperty().get());
    }

    /** A first start: nothing indexed yet is no error, the answer says where to add documents. */
    @Test
    void anEmptyHomeIsNoDocumentsYetNotAFailure() {
        ChatViewModel model = model((q, l, c) -> {
            throw new java.io.UncheckedIOException("the knowledge base cannot be opened",
                    new dev.zhiku.indexer.store.NoIndexYetException("no index in /home/x/index yet", null));
        });
        model.send("What is the deadline?");
        ChatItem answer = model.items().getLast();
        assertTrue(answer.noDocuments(), answer::toString);
        assertFalse(model.busyProperty().get());

        ChatViewModel other = model((q, l, c) -> {
            throw new java.io.UncheckedIOException("the knowledge base cannot be opened",
                    new java.io.IOException("disk full"));
        });
        other.send("What is the deadline?");
        assertFalse(other.items().getLast().noDocuments(), "any other failure stays a failure");
        assertEquals(ChatItem.State.FAILED, other.items().getLast().state());
    }

    @Test
    void regenerateAnswersTheLastQuestionAgain() {
        ScriptedAsker asker = new ScriptedAsker("extract", List.of("again"), List.of(CONTRACT));
        ChatViewModel model = model(asker);
        model.send("What is the deadline?");
        model.regenerate();
        assertEquals(2, asker.questions.size());
        assertEquals("What is the deadline?", asker.questions.get(1).text());
        assertTrue(asker.questions.get(1).history().isEmpty());
        assertEquals(2, model.items().size());
        assertEquals(ChatItem.State.DONE, model.items().getLast().state());
        assertEquals(3, store.messages(model.conversationIdProperty().get()).size(), "question + two answers");
    }

    @Test
    void copyTextListsTheSources() {
        ChatViewModel model = model(new ScriptedAsker("e", List.of("The deadline is 30 days [1]."),
                List.of(CONTRACT)));
        model.send("deadline?");
        assertEquals("The deadline is 30 days [1].\n\n[1] /docs/contract.txt, p. 2",
                model.copyText(model.items().getLast()));
    }

    @Test
    void stopMarksTheAnswerStoppedAtOnceAndTheModelEndsOnItsOwnThread() throws Exception {
        CountDownLatch streaming = new CountDownLatch(1);
        AtomicBoolean sawStop = new AtomicBoolean();
        Asker endless = (question, listener, control) -> {
            listener.onExtractive(new Answer("extract", false, Route.EXTRACTIVE, List.of(),
                    new AnswerTimings(1, -1, 1, 0), ""));
            listener.onToken("partial");
            streaming.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!control.isStopped() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            sawStop.set(control.isStopped());
            Answer partial = new Answer("partial", false, Route.LOCAL, List.of(), new AnswerTimings(1, 5, 9, 1), "m");
            return new AnswerOutcome(partial, new Retrieval(question.text(), List.of(), 1));
        };
        Object lock = new Object();
        UiExecutor guarded = UiExecutor.of(task -> {
            synchronized (lock) {
                task.run();
            }
        });
        try (ChatWorkers workers = ChatWorkers.daemon()) {
            ChatViewModel model = new ChatViewModel(endless, store, null, guarded, workers,
                    (f, p) -> OpenOutcome.opened(false));
            synchronized (lock) {
                model.send("a long question");
            }
            assertTrue(streaming.await(10, TimeUnit.SECONDS));
            synchronized (lock) {
                model.stop();
                assertEquals(ChatItem.State.STOPPED, model.items().getLast().state());
                assertFalse(model.busyProperty().get());
            }
            waitFor(() -> store.list().size() == 1 && store.messages(store.list().getFirst().id()).size() == 2);
            assertTrue(sawStop.get());
            synchronized (lock) {
                assertEquals(ChatItem.State.STOPPED, model.items().getLast().state());
                assertEquals("partial", model.items().getLast().text());
            }
        }
    }

    @Test
    void aNewModelOnTheSameStoreRestoresTheConversations() {
        ChatViewModel first = model(new ScriptedAsker("e", List.of("answer [1]"), List.of(CONTRACT)));
        first.send("What is the deadline?");
        ChatViewModel second = model(new ScriptedAsker("e", List.of("x"), List.of()));
        assertEquals(1, second.conversations().rows().size());
        second.open(second.conversations().rows().getFirst().conversation());
        assertEquals(2, second.items().size());
        assertEquals(List.of(CONTRACT), second.items().getLast().citations());
        second.send("And the amount?");
        assertEquals(2, store.messages(second.conversationIdProperty().get()).size() / 2);
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(10)).until(condition::getAsBoolean);
    }
}
