package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.Answer;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.conversation.Conversation;
import dev.zhiku.rag.conversation.ConversationStore;
import dev.zhiku.rag.conversation.MarkdownExporter;
import dev.zhiku.rag.memory.MemoryCommandRunner;
import dev.zhiku.rag.memory.MemoryCommands;
import dev.zhiku.rag.memory.MemoryStore;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku chat}: a conversation in the terminal, kept in the home's conversation store. "记住…" / "remember
 * that …" stores a fact about the user; /new, /list, /export FILE, /memories and /quit manage the rest.
 */
@Command(name = "chat", description = {"a conversation in the terminal (kept)",
    "/new, /list, /export FILE.md, /memories and /quit manage it; 记住… / remember that … stores a fact."})
final class ChatCommand implements Callable<Integer> {

    private final PrintStream out;
    private final InputStream in;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Mixin
    private ModelOptions models;

    @Option(names = "--conversation", paramLabel = "ID", description = "carry on this conversation")
    private String conversation;

    /** Words after the options were always ignored here. */
    @Parameters(hidden = true)
    private List<String> ignored;

    ChatCommand(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults());
             LocalKnowledgeBase kb = wiring.knowledgeBase(true);
             TextGenerator model = Models.open(wiring, models.wanted())) {
            ConversationStore conversations = wiring.conversations();
            MemoryStore memories = wiring.memories();
            Answerer answerer = wiring.answerer(kb, model, RagSettings.defaults(), memories);
            Conversation current = conversation != null
                    ? conversations.find(conversation).orElseThrow(
                            () -> new UsageException("no conversation " + conversation))
                    : null;
            out.println("Zhiku chat — ask about your documents (" + (model == null ? "extractive answers"
                    : "local model " + model.id()) + "). /help lists commands.");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; prompt() && (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("/")) {
                    if (!command(line, conversations, memories, current)) {
                        break;
                    }
                    if (line.equals("/new")) {
                        current = null;
                    }
                    continue;
                }
                var memoryCommand = MemoryCommands.parse(line);
                if (memoryCommand.isPresent()) {
                    out.println(TerminalText.prose(new MemoryCommandRunner(memories).run(memoryCommand.get(), line).message()));
                    continue;
                }
                if (current == null) {
                    current = conversations.create(null);
                }
                current = answer(line, current, conversations, answerer, model != null);
            }
        }
        return 0;
    }

    private boolean prompt() {
        out.print("\n> ");
        out.flush();
        return true;
    }

    private Conversation answer(String question, Conversation conversation, ConversationStore store,
                                Answerer answerer, boolean streaming) {
        var history = store.history(conversation.id(), RagSettings.defaults().historyTurns());
        store.appendQuestion(conversation.id(), question);
        Answer answer = answerer.ask(new Question(question, null, history, conversation.id()), new AnswerListener() {
            @Override
            public void onToken(String piece) {
                out.print(TerminalText.prose(piece));
                out.flush();
            }
        }, new GenerationControl()).answer();
        if (!streaming || answer.abstained()) {
            out.print(TerminalText.prose(answer.text()));
        }
        out.println();
        for (Citation c : answer.citations()) {
            out.printf(Locale.ROOT, "  [%d] %s%s%n", c.number(), TerminalText.safe(c.displayPath()), c.page() > 0 ? ", page " + c.page()
                    : "");
        }
        if (!answer.supported()) {
            out.println("  (not supported: this answer cites none of your documents, so do not rely on it)");
        }
        store.appendAnswer(conversation.id(), answer);
        return store.find(conversation.id()).orElse(conversation);
    }

    /** Returns false to end the chat. */
    private boolean command(String line, ConversationStore store, MemoryStore memories, Conversation current)
            throws Exception {
        String[] parts = line.split("\\s+", 2);
        switch (parts[0]) {
            case "/quit", "/exit" -> {
                return false;
            }
            case "/new" -> out.println("New conversation.");
            case "/list" -> store.list().forEach(c -> out.println("  " + c.id() + "  " + TerminalText.safe(c.title())));
            case "/memories" -> memories.list().forEach(m -> out.println("  " + m.id() + "  " + TerminalText.safe(m.text())));
            case "/export" -> {
                if (current == null || parts.length < 2) {
                    out.println("Usage: /export FILE.md (after a question)");
                } else {
                    new MarkdownExporter(ZoneId.systemDefault()).write(Path.of(parts[1]), current,
                            store.messages(current.id()));
                    out.println("Exported to " + TerminalText.safe(parts[1]));
                }
            }
            default -> out.println("/new  /list  /export FILE.md  /memories  /quit — and 记住… / remember that …");
        }
        return true;
    }
}
