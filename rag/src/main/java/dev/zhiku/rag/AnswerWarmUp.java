package dev.zhiku.rag;

import dev.zhiku.core.GenerationControl;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers two questions of nobody's, one in each language, extractively and for nothing, so that the user's first
 * question does not pay for what a fresh process does once: reading the word lists and the dictionary, opening the
 * index's term dictionaries, the embedding model's first runs and the JIT compiling the search and evidence code.
 * A cold first question took 1.4–1.7 s against about 0.2 s for the next ones (decision 0086).
 *
 * <p>The answers are discarded: nothing is stored, no model writes, nothing leaves the machine. Run it off the
 * threads a user waits on; a real question asked meanwhile simply runs beside it.
 */
public final class AnswerWarmUp {

    /**
     * Questions that reach every stage: the Chinese one takes the translated search and the dictionary, both ask for
     * a default, which also reads the English word list. They name nothing, so they never match a collection query.
     */
    static final List<String> QUESTIONS = List.of("What is the default setting, and how is it changed?",
            "默认的设置是什么？怎样修改？");

    private static final Logger LOG = LoggerFactory.getLogger(AnswerWarmUp.class);

    private AnswerWarmUp() {
    }

    /**
     * {@link #run} on a daemon thread of its own ({@code zhiku-answer-warmup}), for a server that answers as soon as
     * it is up. A failure (the knowledge base closed meanwhile) is logged, never thrown.
     */
    public static Thread inBackground(Answerer extractive) {
        requireExtractive(extractive);
        Thread t = new Thread(() -> {
            try {
                LOG.info("answered the warm-up questions in {} ms", run(extractive));
            } catch (RuntimeException e) {
                LOG.info("the answer warm-up stopped: {}", e.toString());
            }
        }, "zhiku-answer-warmup");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Asks the warm-up questions. {@code extractive} must answer without a model (such as
     * {@code Wiring.extractiveAnswerer}): a warm-up never starts a generation.
     *
     * @return how long it took, in milliseconds
     * @throws IllegalArgumentException when {@code extractive} would generate with a model
     */
    public static long run(Answerer extractive) {
        return run(extractive, AnswerListener.NONE);
    }

    static long run(Answerer extractive, AnswerListener listener) {
        requireExtractive(extractive);
        long t0 = System.nanoTime();
        for (String q : QUESTIONS) {
            extractive.ask(Question.of(q), listener, new GenerationControl());
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void requireExtractive(Answerer answerer) {
        if (answerer.usesModel()) {
            throw new IllegalArgumentException("the warm-up answers extractively only; this answerer has a model");
        }
    }
}
