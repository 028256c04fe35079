package dev.zhiku.rag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Answer;
import dev.zhiku.core.ScriptedTextGenerator;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.retrieve.Retrieval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer warm-up over a real knowledge base (Tika, Lucene, H2). */
class AnswerWarmUpTest {

    /** Notes in both languages that the warm-up questions' words reach. */
    private static LocalKnowledgeBase routerNotes(Path dir) throws Exception {
        return TestKnowledgeBases.build(dir, Map.of(
                "router.txt", "Router notes.\n\nThe default setting of the router is DHCP; change it in the web page.",
                "路由器.txt", "路由器笔记。\n\n路由器默认的设置是自动获取地址，可以在网页里修改。"));
    }

    @Test
    void asksItsQuestionInBothLanguagesAndAnswersThemWithoutAModel(@TempDir Path dir) throws Exception {
        List<String> searched = new ArrayList<>();
        List<Answer> answered = new ArrayList<>();
        AnswerListener seen = new AnswerListener() {
            @Override
            public void onRetrieved(Retrieval retrieval) {
                searched.add(retrieval.query());
            }

            @Override
            public void onExtractive(Answer answer) {
                answered.add(answer);
            }
        };

        try (LocalKnowledgeBase kb = routerNotes(dir)) {
            AnswerWarmUp.run(new Answerer(kb, null, RagSettings.defaults(), q -> List.of()), seen);
        }

        assertEquals(AnswerWarmUp.QUESTIONS, searched);
        assertTrue(searched.stream().anyMatch(q -> q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)), "one question is Chinese: " + searched);
        assertEquals(2, answered.size(), "both went as far as the extractive answer, the path a real question takes");
    }

    @Test
    void refusesAnAnswererThatWouldGenerateAndAsksItNothing(@TempDir Path dir) throws Exception {
        AtomicInteger generated = new AtomicInteger();
        ScriptedTextGenerator model = new ScriptedTextGenerator(r -> "asked " + generated.incrementAndGet(), 2048);
        try (LocalKnowledgeBase kb = routerNotes(dir)) {
            Answerer withModel = new Answerer(kb, model, RagSettings.defaults(), q -> List.of());

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AnswerWarmUp.run(withModel));
            assertTrue(e.getMessage().contains("extractively"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> AnswerWarmUp.inBackground(withModel));
        }
        assertEquals(0, generated.get());
    }
}
