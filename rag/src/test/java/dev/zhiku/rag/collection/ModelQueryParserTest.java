package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.GenerationException;
import dev.zhiku.core.ScriptedTextGenerator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The model-based parser with a scripted model: the model's query when it validates, the rules' otherwise. */
class ModelQueryParserTest {

    private static final RuleQueryParser RULES = new RuleQueryParser(LabelledQuestionsTest.LABEL_CLOCK);

    private static ModelQueryParser answering(Function<String, String> json, AtomicInteger calls) {
        ScriptedTextGenerator model = new ScriptedTextGenerator(r -> {
            calls.incrementAndGet();
            assertNotNull(r.jsonSchema(), "the output is constrained by the schema");
            return json.apply(r.messages().getLast().content());
        }, 4096);
        return new ModelQueryParser(model, RULES, LabelledQuestionsTest.LABEL_CLOCK, Vocabulary.standard());
    }

    @Test
    void aValidAnswerOfTheModelIsTheQuery() {
        AtomicInteger calls = new AtomicInteger();
        ModelQueryParser parser = answering(q -> "{\"collection\":true,\"intent\":\"list\",\"types\":[\"pdf\"],"
                + "\"from\":\"2026-04-06\",\"to\":\"2026-04-13\"}", calls);
        String q = "Which PDFs did I add last week?";
        assertEquals(RULES.parse(q), parser.parse(q));
        assertEquals(1, calls.get());
        assertEquals(1, parser.outcomes().get(ModelQueryParser.Outcome.VALID));
    }

    @Test
    void whatDoesNotParseOrValidateFallsBackToTheRules() {
        AtomicInteger calls = new AtomicInteger();
        Map<String, String> outputs = Map.of(
                "How many PDF files do I have?", "{\"collection\":true,\"intent\":\"cou",
                "我有多少份合同？", "{\"collection\":true,\"intent\":\"count\",\"types\":[\"contracts\"]}",
                "Which documents mention Qualcomm?", "{\"collection\":true,\"intent\":\"mentions\"}",
                "List the PDFs from 2023.", "{\"collection\":true,\"intent\":\"list\",\"from\":\"2023-13-01\"}");
        ModelQueryParser parser = answering(outputs::get, calls);
        for (String q : outputs.keySet()) {
            Optional<CollectionQuery> rules = RULES.parse(q);
            assertTrue(rules.isPresent(), q);
            assertEquals(rules, parser.parse(q), q);
        }
        assertEquals(1, parser.outcomes().get(ModelQueryParser.Outcome.INVALID_JSON));
        assertEquals(3, parser.outcomes().get(ModelQueryParser.Outcome.INVALID_QUERY));
    }

    @Test
    void theModelMaySayAQuestionIsNotAboutTheCollection() {
        AtomicInteger calls = new AtomicInteger();
        ModelQueryParser parser = answering(q -> "{\"collection\":false,\"intent\":\"list\"}", calls);
        assertEquals(Optional.empty(), parser.parse("What does the contract say about termination?"));
        assertEquals(1, calls.get());
    }

    @Test
    void questionsWithoutADocumentWordNeverReachTheModel() {
        AtomicInteger calls = new AtomicInteger();
        ModelQueryParser parser = answering(q -> "{\"collection\":true,\"intent\":\"count\"}", calls);
        assertEquals(Optional.empty(), parser.parse("How many connections does PostgreSQL allow by default?"));
        assertEquals(Optional.empty(), parser.parse("年假有多少天？"));
        assertEquals(RULES.parse("What did I change recently?"), parser.parse("What did I change recently?"));
        assertTrue(parser.parse("What did I change recently?").isPresent(), "the rules read it");
        assertEquals(0, calls.get());
    }

    @Test
    void aFailingModelFallsBackToTheRules() {
        ScriptedTextGenerator broken = new ScriptedTextGenerator(r -> {
            throw new GenerationException("out of memory");
        }, 4096);
        ModelQueryParser parser = new ModelQueryParser(broken, RULES, LabelledQuestionsTest.LABEL_CLOCK,
                Vocabulary.standard());
        String q = "我有多少个 PDF 文件？";
        assertEquals(RULES.parse(q), parser.parse(q));
        assertEquals(1, parser.outcomes().get(ModelQueryParser.Outcome.MODEL_FAILED));
    }
}
