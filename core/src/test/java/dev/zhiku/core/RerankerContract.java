package dev.zhiku.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Reranker} must do. Extend it and return the implementation under test. */
public abstract class RerankerContract {

    private static final String QUESTION = "When are the best Longjing tea leaves picked in Hangzhou?";
    private static final List<String> TEXTS = List.of("PostgreSQL pg_upgrade copies the data directory.",
            "The best Longjing tea leaves in Hangzhou are picked before the Qingming festival.",
            "猫咪住在杭州的一家小茶馆里。");

    /** The reranker under test. */
    protected abstract Reranker reranker();

    /** A reranker of a model the server does not have. */
    protected abstract Reranker unknownModel();

    /** A reranker whose server has gone away. */
    protected abstract Reranker onGoneServer();

    /** The name {@link #unknownModel()} asks for. */
    protected static String unknownModelName() {
        return "no-such-reranker";
    }

    @Test
    void oneScoreForEveryTextAndTheAnswerFirst() {
        double[] scores = reranker().scores(QUESTION, TEXTS);
        assertEquals(TEXTS.size(), scores.length);
        assertTrue(scores[1] > scores[0] && scores[1] > scores[2], java.util.Arrays.toString(scores));
        assertEquals(0, reranker().scores(QUESTION, List.of()).length);
        assertTrue(!reranker().id().isBlank());
    }

    @Test
    void theSameInputGivesTheSameScores() {
        assertArrayEquals(reranker().scores(QUESTION, TEXTS), reranker().scores(QUESTION, TEXTS), 1e-6);
    }

    @Test
    void theOrderOfTheTextsDoesNotChangeTheirScores() {
        double[] forward = reranker().scores(QUESTION, TEXTS);
        double[] backward = reranker().scores(QUESTION, TEXTS.reversed());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertEquals(forward[i], backward[TEXTS.size() - 1 - i], 1e-4);
        }
    }

    @Test
    void anUnknownModelFailsWithItsName() {
        try (Reranker r = unknownModel()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.scores(QUESTION, TEXTS));
            assertTrue(e.getMessage().contains(unknownModelName()), e.getMessage());
        }
    }

    @Test
    void aGoneServerFailsWithOneClearLine() {
        try (Reranker r = onGoneServer()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.scores(QUESTION, TEXTS));
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
