package dev.zhiku.rag.retrieve;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.rag.Language;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question written in the other language by the local model, searched together with the question and used
 * for nothing else: an English question finds a Chinese passage by its Chinese words, which the word-by-word
 * dictionary (decision 0019) gets only for single words and names.
 *
 * <p>Opt-in ({@code -Dzhiku.retrieval.rewrite=model}), like the model's reading of collection questions: it costs a
 * short generation before every search (seconds on the bundled engine on a 2-core machine), and its quality is
 * unmeasured here, where no real model can be downloaded; the generated test models only show that the stage
 * runs, is timed ({@code rewriteMs} in {@code ask --json}) and that a rewrite which is not in the other language
 * is dropped.
 */
public final class CrossLingualRewrite {

    /** Enough for a question of two lines; a longer reply is not a translation. */
    static final int MAX_TOKENS = 64;
    private static final int MAX_CHARS = 300;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");
    private static final Logger LOG = LoggerFactory.getLogger(CrossLingualRewrite.class);

    private final TextGenerator model;

    public CrossLingualRewrite(TextGenerator model) {
        this.model = model;
    }

    /** A rewrite by {@code model} when the user opted in with {@code -Dzhiku.retrieval.rewrite=model}; else null. */
    public static CrossLingualRewrite optIn(TextGenerator model) {
        return model != null && "model".equals(System.getProperty("zhiku.retrieval.rewrite"))
                ? new CrossLingualRewrite(model) : null;
    }

    /** The question in the other language, one line; empty when the model gives none that looks like one. */
    public Optional<String> rewrite(String question) {
        Language from = Language.of(question);
        List<ChatMessage> messages = List.of(
                ChatMessage.system(from == Language.ZH
                        ? "Translate the user's question into English. Reply with the translation only, on one line."
                        : "把用户的问题翻译成简体中文。只回复译文，写成一行。"),
                ChatMessage.user(question));
        String text;
        try {
            text = model.generate(GenerationRequest.of(messages).withMaxTokens(MAX_TOKENS).withSampling(0, 1, 42)
                    .withStop(List.of("\n")), TokenSink.NONE, new GenerationControl()).text();
        } catch (GenerationException e) {
            LOG.warn("the model could not rewrite the question for the search ({}); searching with it alone",
                    e.getMessage());
            return Optional.empty();
        }
        return accepted(question, text, from);
    }

    /** The reply's first line, when it is in the other language and not the question itself. */
    static Optional<String> accepted(String question, String reply, Language from) {
        String line = reply == null ? "" : reply.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty() || line.length() > MAX_CHARS || line.equalsIgnoreCase(question.strip())) {
            return Optional.empty();
        }
        boolean han = HAN.matcher(line).find();
        boolean latin = LATIN_WORD.matcher(line).find();
        boolean otherLanguage = from == Language.ZH ? latin && !han : han;
        return otherLanguage ? Optional.of(line) : Optional.empty();
    }
}
