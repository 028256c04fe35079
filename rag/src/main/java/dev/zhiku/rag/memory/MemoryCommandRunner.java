package dev.zhiku.rag.memory;

import dev.zhiku.core.text.LanguageGuesser;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a {@link MemoryCommand} on a {@link MemoryStore} and says what was done, in Chinese when the
 * request was Chinese and in English otherwise. The memory texts are never logged.
 */
public final class MemoryCommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryCommandRunner.class);

    private final MemoryStore store;

    public MemoryCommandRunner(MemoryStore store) {
        this.store = store;
    }

    /** Runs the command found in {@code request}; {@code request} picks the language of the reply. */
    public MemoryReply run(MemoryCommand command, String request) {
        boolean chinese = "zh".equals(LanguageGuesser.guess(request == null ? "" : request));
        return switch (command) {
            case MemoryCommand.Remember r -> {
                Memory m = store.add(r.fact());
                LOG.debug("Remembered memory {}", m.id());
                yield new MemoryReply(chinese ? "好的，我记住了：" + m.text() : "OK, I will remember: " + m.text(),
                        List.of(m));
            }
            case MemoryCommand.Forget f -> forget(f.description(), chinese);
            case MemoryCommand.ListMemories _ -> {
                List<Memory> all = store.list();
                String message = all.isEmpty()
                        ? (chinese ? "我还没有记住任何事情。" : "I do not remember anything yet.")
                        : (chinese ? "我记得这些（共 " + all.size() + " 条）：" : "I remember these (" + all.size() + "):");
                yield new MemoryReply(message, all);
            }
        };
    }

    private MemoryReply forget(String description, boolean chinese) {
        Optional<Memory> match = store.bestMatch(description);
        if (match.isEmpty()) {
            return new MemoryReply(chinese ? "我没有找到与“" + description + "”有关的记忆。"
                    : "I found no memory about \"" + description + "\".", List.of());
        }
        store.delete(match.get().id());
        LOG.debug("Forgot memory {}", match.get().id());
        return new MemoryReply(chinese ? "好的，我已忘记：" + match.get().text()
                : "OK, I have forgotten: " + match.get().text(), List.of(match.get()));
    }
}
