package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.Route;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Answers like the real answerer: the extractive answer first, then the model's tokens, then the final answer. */
final class ScriptedAsker implements Asker {

    final List<Question> questions = new ArrayList<>();
    private final String extractive;
    private final List<String> tokens;
    private final List<Citation> citations;
    private Consumer<String> afterExtractive = s -> { };
    private Consumer<String> afterTokens = s -> { };

    ScriptedAsker(String extractive, List<String> tokens, List<Citation> citations) {
        this.extractive = extractive;
        this.tokens = tokens;
        this.citations = citations;
    }

    static Citation citation(int number, String path, String snippet) {
        return new Citation(number, path, "", 2, 0, snippet.length(), snippet, 0.9);
    }

    /** Runs a check after the extractive answer was given (with a direct UI thread it is already shown). */
    ScriptedAsker afterExtractive(Consumer<String> check) {
        this.afterExtractive = check;
        return this;
    }

    ScriptedAsker afterTokens(Consumer<String> check) {
        this.afterTokens = check;
        return this;
    }

    String streamed() {
        return String.join("", tokens);
    }

    @Override
    public AnswerOutcome ask(Question question, AnswerListener listener, GenerationControl control) {
        questions.add(question);
        Retrieval retrieval = new Retrieval(question.text(), List.of(), 3);
        listener.onRetrieved(retrieval);
        listener.onExtractive(new Answer(extractive, false, Route.EXTRACTIVE, citations,
                new AnswerTimings(3, -1, 4, 0), ""));
        afterExtractive.accept(extractive);
        tokens.forEach(listener::onToken);
        afterTokens.accept(streamed());
        Answer answer = new Answer(streamed(), false, Route.LOCAL, citations, new AnswerTimings(3, 120, 900, 25.5),
                "tiny-model");
        assertEquals(question.conversationId() == null, false, "the conversation exists before the answer");
        return new AnswerOutcome(answer, retrieval);
    }
}
