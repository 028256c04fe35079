package dev.zhiku.app.ui.chat;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.source.FileOpener;
import dev.zhiku.app.ui.source.PassageReader;
import dev.zhiku.app.ui.source.SourceViewerViewModel;
import dev.zhiku.core.Answer;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.cloud.CloudEscalation;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.conversation.Conversation;
import dev.zhiku.rag.conversation.ConversationMessage;
import dev.zhiku.rag.conversation.ConversationStore;
import dev.zhiku.rag.memory.MemoryCommand;
import dev.zhiku.rag.memory.MemoryCommandRunner;
import dev.zhiku.rag.memory.MemoryCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current conversation: its messages, sending a question (or a memory request), stopping and regenerating an
 * answer, and re-asking the cloud about a local answer ({@link #askCloud}). Questions and answers are kept in the
 * {@link ConversationStore}; the conversation is created with its first question. All properties change on the UI
 * thread only.
 */
public final class ChatViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChatViewModel.class);
    private static final int HISTORY_TURNS = RagSettings.defaults().historyTurns();

    private final Asker asker;
    private final ConversationStore store;
    private final MemoryCommandRunner memory;
    private final UiExecutor ui;
    private final ChatWorkers workers;
    private final ChatItems onScreen = new ChatItems();
    private final ObservableList<ChatItem> items = onScreen.list();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper conversationId = new ReadOnlyStringWrapper(this, "conversationId");
    private final BooleanBinding canRegenerate;
    private final ConversationsViewModel conversations;
    private final SourceViewerViewModel sources;
    private final CloudAsking cloud;
    private final ObjectProperty<EscalationPolicy> cloudPolicy = new SimpleObjectProperty<>(this, "cloudPolicy",
            EscalationPolicy.NEVER);
    private final BooleanBinding cloudOffered;
    private AnswerTurn current;

    /** On two daemon threads, opening files with the desktop's viewer; without the cloud. */
    public ChatViewModel(Asker asker, ConversationStore store, MemoryCommandRunner memory, UiExecutor ui) {
        this(asker, store, memory, ui, CloudEscalation.NONE);
    }

    /** On two daemon threads, opening files with the desktop's viewer. */
    public ChatViewModel(Asker asker, ConversationStore store, MemoryCommandRunner memory, UiExecutor ui,
                         CloudEscalation cloud) {
        this(asker, store, memory, ui, ChatWorkers.daemon(), FileOpener.system(), cloud);
    }

    /** Without the cloud. */
    public ChatViewModel(Asker asker, ConversationStore store, MemoryCommandRunner memory, UiExecutor ui,
                         ChatWorkers workers, FileOpener opener) {
        this(asker, store, memory, ui, workers, opener, CloudEscalation.NONE);
    }

    /**
     * @param memory the memory commands, or null to treat "remember …" as a question
     * @param cloud  the cloud half of the router ({@link CloudEscalation#NONE} for none)
     */
    public ChatViewModel(Asker asker, ConversationStore store, MemoryCommandRunner memory, UiExecutor ui,
                         ChatWorkers workers, FileOpener opener, CloudEscalation cloud) {
        this(asker, store, memory, ui, workers, new SourceViewerViewModel(ui, workers.io(), PassageReader.NONE,
                opener), cloud);
    }

    /**
     * @param memory  the memory commands, or null to treat "remember …" as a question
     * @param sources the viewer a citation chip opens
     * @param cloud   the cloud half of the router ({@link CloudEscalation#NONE} for none)
     */
    public ChatViewModel(Asker asker, ConversationStore store, MemoryCommandRunner memory, UiExecutor ui,
                         ChatWorkers workers, SourceViewerViewModel sources, CloudEscalation cloud) {
        this.asker = asker;
        this.store = store;
        this.memory = memory;
        this.ui = ui;
        this.workers = workers;
        this.conversations = new ConversationsViewModel(store, ui, workers.io());
        this.sources = sources;
        this.canRegenerate = Bindings.createBooleanBinding(() -> !busy.get() && !items.isEmpty()
                && items.getLast().kind() == ChatItem.Kind.ANSWER, busy, items);
        this.cloud = new CloudAsking(cloud, turns(), ui, workers.answers(), store);
        this.cloudOffered = cloudPolicy.isNotEqualTo(EscalationPolicy.NEVER).and(cloudPolicy.isNotNull());
    }

    public ObservableList<ChatItem> items() {
        return items;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canRegenerateProperty() {
        return canRegenerate;
    }

    /** The id of the conversation shown, or null before its first question. */
    public ReadOnlyStringProperty conversationIdProperty() {
        return conversationId.getReadOnlyProperty();
    }

    public ConversationsViewModel conversations() {
        return conversations;
    }

    public SourceViewerViewModel sources() {
        return sources;
    }

    /** The user's cloud policy, kept current by the app; "Ask cloud" is offered unless it is "never". */
    public ObjectProperty<EscalationPolicy> cloudPolicyProperty() {
        return cloudPolicy;
    }

    /** Whether answers offer "Ask cloud". */
    public BooleanBinding cloudOfferedProperty() {
        return cloudOffered;
    }

    /** How the person is asked before a request leaves the PC (the consent dialog); until set, nothing is sent. */
    public void setConsentPrompt(ConsentPrompt prompt) {
        cloud.setPrompt(prompt);
    }

    /**
     * Asks the cloud about the question behind a finished local or extractive answer; the cloud answer appears in a
     * new card below it. False (and nothing happens) when that is not possible now.
     */
    public boolean askCloud(ChatItem answer) {
        return cloudOffered.get() && cloud.ask(answer);
    }

    /** Sends what the user typed; false (and nothing happens) when it is blank or an answer is running. */
    public boolean send(String text) {
        if (text == null || text.isBlank() || busy.get()) {
            return false;
        }
        String question = text.strip();
        int before = items.size();
        items.add(ChatItem.question(onScreen.newId(), question));
        Optional<MemoryCommand> command = memory == null ? Optional.empty() : MemoryCommands.parse(question);
        if (command.isPresent()) {
            remember(command.get(), question);
        } else {
            ask(question, history(before), true);
        }
        return true;
    }

    /** Stops the running answer at once; the model stops at its next token, on its own thread. */
    public void stop() {
        AnswerTurn turn = current;
        if (turn == null) {
            if (busy.get()) {
                cloud.abandon();
            }
            return;
        }
        turn.control().stop();
        update(turn.itemId(), item -> item.isStreaming() ? item.withState(ChatItem.State.STOPPED) : item);
        current = null;
        busy.set(false);
    }

    /** Answers the last question again, replacing its answer on the screen (the store keeps both). */
    public void regenerate() {
        if (!canRegenerate.get()) {
            return;
        }
        int index = onScreen.lastQuestionIndex();
        if (index < 0) {
            return;
        }
        String question = items.get(index).text();
        items.remove(index + 1, items.size());
        ask(question, history(index), false);
    }

    /** The text of a message for the clipboard, with its sources listed under an answer. */
    public String copyText(ChatItem item) {
        StringBuilder text = new StringBuilder(item.text().strip());
        if (!item.citations().isEmpty()) {
            text.append("\n");
            for (Citation c : item.citations()) {
                text.append("\n[").append(c.number()).append("] ").append(c.displayPath());
                if (c.page() > 0) {
                    text.append(String.format(Locale.ROOT, ", p. %d", c.page()));
                }
            }
        }
        return text.toString();
    }

    /** Starts an empty conversation; it is stored with its first question. */
    public void startNew() {
        stop();
        cloud.clear();
        items.clear();
        sources.hide();
        conversationId.set(null);
    }

    /** Shows a stored conversation. */
    public void open(Conversation conversation) {
        stop();
        cloud.clear();
        items.clear();
        sources.hide();
        conversationId.set(conversation.id());
        workers.io().execute(() -> {
            try {
                List<ConversationMessage> messages = store.messages(conversation.id());
                ui.onUi(() -> showStored(conversation.id(), messages));
            } catch (RuntimeException e) {
                LOG.warn("Could not read conversation {}", conversation.id(), e);
                ui.onUi(() -> conversations.reportError(ErrorText.of(e)));
            }
        });
    }

    /** Deletes a conversation; the screen empties when it was the one shown. */
    public void delete(Conversation conversation) {
        if (conversation.id().equals(conversationId.get())) {
            startNew();
        }
        conversations.delete(conversation);
    }

    private void showStored(String id, List<ConversationMessage> messages) {
        if (!id.equals(conversationId.get())) {
            return;
        }
        List<ChatItem> stored = new ArrayList<>();
        for (ConversationMessage m : messages) {
            ChatItem item = ChatItem.stored(onScreen.newId(), m);
            if (item.route() == Route.CLOUD && !stored.isEmpty() && stored.getLast().canAskCloud()) {
                stored.set(stored.size() - 1, stored.getLast().withCloud(CloudState.NONE.answered()));
            }
            stored.add(item);
        }
        items.setAll(stored);
    }

    private void ask(String question, List<ChatMessage> history, boolean storeQuestion) {
        ChatItem pending = ChatItem.pending(onScreen.newId());
        items.add(pending);
        AnswerTurn turn = new AnswerTurn(pending.id(), ui, this::update);
        current = turn;
        busy.set(true);
        String conversation = conversationId.get();
        workers.answers().execute(() -> answer(turn, question, history, conversation, storeQuestion));
    }

    private void answer(AnswerTurn turn, String question, List<ChatMessage> history, String conversation,
                        boolean storeQuestion) {
        try {
            String id = conversation;
            if (id == null && store != null) {
                String created = store.create(null).id();
                ui.onUi(() -> conversationId.set(created));
                id = created;
            }
            if (storeQuestion && store != null) {
                store.appendQuestion(id, question);
            }
            Question asked = new Question(question, null, history, id);
            AnswerOutcome outcome = asker.ask(asked, turn, turn.control());
            Answer answer = outcome.answer();
            if (store != null) {
                store.appendAnswer(id, answer);
            }
            Optional<EscalationTrigger> automatic = turn.control().isStopped() ? Optional.empty()
                    : cloud.automaticTrigger(asked, outcome);
            String conversationOfAnswer = id;
            ui.onUi(() -> {
                cloud.remember(turn.itemId(), question, outcome.retrieval(), conversationOfAnswer);
                finishTurn(turn, answer);
                automatic.ifPresent(why -> cloud.escalate(turn.itemId(), why));
            });
        } catch (RuntimeException e) {
            String reason = noIndexYet(e) ? ChatItem.NO_DOCUMENTS : ErrorText.of(e);
            if (!reason.equals(ChatItem.NO_DOCUMENTS)) {
                LOG.warn("Could not answer a question", e);
            }
            ui.onUi(() -> fail(turn, reason));
        }
    }

    /** Shows the final answer of a turn and ends it (also for cloud answers). */
    void finishTurn(AnswerTurn turn, Answer answer) {
        update(turn.itemId(), item -> item.withFinal(answer, item.state() == ChatItem.State.STREAMING
                ? ChatItem.State.DONE : item.state()));
        release(turn);
        conversations.refresh();
    }

    /** Whether a failure is only that nothing was ever indexed in the home (a first start). */
    private static boolean noIndexYet(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.zhiku.indexer.store.NoIndexYetException) {
                return true;
            }
        }
        return false;
    }

    private void fail(AnswerTurn turn, String reason) {
        update(turn.itemId(), item -> item.failed(reason));
        release(turn);
    }

    void release(AnswerTurn turn) {
        if (current == turn) {
            current = null;
            busy.set(false);
        }
    }

    /** This chat as the cloud flow sees it ({@link ChatTurns}): nothing else of the view model is reachable. */
    private ChatTurns turns() {
        ChatViewModel chat = this;
        return new ChatTurns() {
            @Override
            public java.util.List<ChatItem> items() {
                return chat.items();
            }

            @Override
            public ChatItems onScreen() {
                return chat.onScreen();
            }

            @Override
            public void update(long itemId, UnaryOperator<ChatItem> change) {
                chat.update(itemId, change);
            }

            @Override
            public javafx.beans.property.ReadOnlyStringProperty conversationIdProperty() {
                return chat.conversationIdProperty();
            }

            @Override
            public boolean isBusy() {
                return chat.isBusy();
            }

            @Override
            public void hold() {
                chat.hold();
            }

            @Override
            public void unhold() {
                chat.unhold();
            }

            @Override
            public void begin(AnswerTurn turn) {
                chat.begin(turn);
            }

            @Override
            public void finishTurn(AnswerTurn turn, Answer answer) {
                chat.finishTurn(turn, answer);
            }

            @Override
            public void release(AnswerTurn turn) {
                chat.release(turn);
            }
        };
    }

    /** The items by id, for the cloud's cards. */
    ChatItems onScreen() {
        return onScreen;
    }

    /** Changes the item with this id, if it is still on the screen. */
    void update(long itemId, UnaryOperator<ChatItem> change) {
        onScreen.update(itemId, change);
    }

    boolean isBusy() {
        return busy.get();
    }

    /** Busy without a running answer: a cloud request is being prepared or waits for consent. */
    void hold() {
        busy.set(true);
    }

    /** Ends {@link #hold} unless an answer runs. */
    void unhold() {
        if (current == null) {
            busy.set(false);
        }
    }

    /** Starts an answer turn (Stop then stops it). */
    void begin(AnswerTurn turn) {
        current = turn;
        busy.set(true);
    }

    private void remember(MemoryCommand command, String request) {
        busy.set(true);
        workers.answers().execute(() -> {
            String reply;
            try {
                reply = memory.run(command, request).message();
            } catch (RuntimeException e) {
                LOG.warn("Could not carry out a memory request", e);
                reply = ErrorText.of(e);
            }
            String shown = reply;
            ui.onUi(() -> {
                items.add(ChatItem.memory(onScreen.newId(), shown));
                busy.set(false);
            });
        });
    }

    /** The completed question/answer pairs before {@code end}, the last few turns, oldest first. */
    private List<ChatMessage> history(int end) {
        List<ChatMessage> turns = new ArrayList<>();
        for (int i = 0; i + 1 < end; i++) {
            ChatItem q = items.get(i);
            ChatItem a = items.get(i + 1);
            if (q.kind() == ChatItem.Kind.QUESTION && a.kind() == ChatItem.Kind.ANSWER
                    && a.state() == ChatItem.State.DONE) {
                turns.add(ChatMessage.user(q.text()));
                turns.add(ChatMessage.assistant(a.text()));
            }
        }
        return List.copyOf(turns.subList(Math.max(0, turns.size() - HISTORY_TURNS * 2), turns.size()));
    }

    @Override
    public void close() {
        stop();
        workers.close();
    }
}
