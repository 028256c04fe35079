package dev.zhiku.rag.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local model fills the same {@link CollectionQuery} through JSON constrained by a schema (the model's sampler
 * can only write text the schema allows: llama.cpp's JSON-schema grammar). The output is validated
 * ({@link CollectionQuery#fromMap}); when it does not parse, does not validate, or the model fails, the
 * deterministic parser answers instead. Questions with no document word at all never reach the model: the rules
 * read them (almost all are ordinary questions, and asking would cost a prompt's time on every question).
 */
public final class ModelQueryParser implements QueryParser {

    private static final Logger LOG = LoggerFactory.getLogger(ModelQueryParser.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKENS = 160;

    /** What became of one question given to the model. */
    public enum Outcome {
        /** valid JSON that validated: the model's query was used */
        VALID,
        /** the model said the question is not about the collection */
        NOT_COLLECTION,
        /** the output was not complete JSON (cut off at the token limit, for example): the rules answered */
        INVALID_JSON,
        /** JSON that broke a rule of the query (unknown type, bad date, …): the rules answered */
        INVALID_QUERY,
        /** the model failed: the rules answered */
        MODEL_FAILED
    }

    private final TextGenerator model;
    private final QueryParser fallback;
    private final Clock clock;
    private final Vocabulary vocabulary;
    private final QuestionTokenizer tokenizer;
    private final Map<Outcome, AtomicInteger> outcomes = new EnumMap<>(Outcome.class);

    public ModelQueryParser(TextGenerator model, QueryParser fallback, Clock clock, Vocabulary vocabulary) {
        this.model = model;
        this.fallback = fallback;
        this.clock = clock;
        this.vocabulary = vocabulary;
        this.tokenizer = new QuestionTokenizer(vocabulary);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, new AtomicInteger());
        }
    }

    @Override
    public Optional<CollectionQuery> parse(String question) {
        if (tokenizer.tokenize(question).stream().noneMatch(QuestionToken::isDocumentWord)) {
            return fallback.parse(question);
        }
        String text;
        try {
            GenerationRequest request = GenerationRequest.of(List.of(ChatMessage.system(instructions()),
                    ChatMessage.user(question))).withMaxTokens(MAX_TOKENS).withSampling(0, 1, 42)
                    .withJsonSchema(schema());
            text = model.generate(request, TokenSink.NONE, new GenerationControl()).text();
        } catch (GenerationException e) {
            LOG.warn("the model could not read the question ({}); the rules answer", e.getMessage());
            return counted(Outcome.MODEL_FAILED, fallback.parse(question));
        }
        Map<String, Object> map;
        try {
            map = JSON.readValue(text, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class,
                    Object.class));
        } catch (JsonProcessingException e) {
            return counted(Outcome.INVALID_JSON, fallback.parse(question));
        }
        if (!(map.remove("collection") instanceof Boolean about)) {
            return counted(Outcome.INVALID_QUERY, fallback.parse(question));
        }
        if (!about) {
            return counted(Outcome.NOT_COLLECTION, Optional.empty());
        }
        try {
            return counted(Outcome.VALID, Optional.of(CollectionQuery.fromMap(map, vocabulary)));
        } catch (IllegalArgumentException e) {
            LOG.debug("the model's query does not validate: {}", e.getMessage());
            return counted(Outcome.INVALID_QUERY, fallback.parse(question));
        }
    }

    private Optional<CollectionQuery> counted(Outcome outcome, Optional<CollectionQuery> result) {
        outcomes.get(outcome).incrementAndGet();
        return result;
    }

    /** How many questions ended how, since this parser was made. */
    public Map<Outcome, Integer> outcomes() {
        Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
        outcomes.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    String instructions() {
        LocalDate today = LocalDate.now(clock);
        return "You turn a question about the user's document collection into a JSON query. Today is " + today
                + " (" + today.getDayOfWeek() + "). Set \"collection\" to false when the question asks about the "
                + "content of documents rather than about the collection (counting, listing, finding files). "
                + "intent: count, list, mentions (which files mention a topic), summarize, compare, recent, largest, "
                + "oldest. types: " + String.join(", ", vocabulary.values("type")) + ". kinds (words in titles): "
                + String.join(", ", vocabulary.values("kind")) + ". Dates are yyyy-mm-dd, from inclusive, to "
                + "exclusive. Example: \"Which PDFs did I add last week?\" → {\"collection\":true,\"intent\":\"list\","
                + "\"types\":[\"pdf\"],\"from\":\"" + lastMonday(today).minusWeeks(1) + "\",\"to\":\""
                + lastMonday(today) + "\"}";
    }

    private static LocalDate lastMonday(LocalDate today) {
        return today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** The JSON schema the model's output must follow (also what {@link CollectionQuery#fromMap} checks). */
    String schema() {
        String intents = java.util.Arrays.stream(QueryIntent.values()).map(i -> "\"" + i.jsonName() + "\"")
                .collect(Collectors.joining(","));
        String types = vocabulary.values("type").stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        String kinds = vocabulary.values("kind").stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        return "{\"type\":\"object\",\"properties\":{"
                + "\"collection\":{\"type\":\"boolean\"},"
                + "\"intent\":{\"enum\":[" + intents + "]},"
                + "\"types\":{\"type\":\"array\",\"items\":{\"enum\":[" + types + "]},\"maxItems\":3},"
                + "\"kinds\":{\"type\":\"array\",\"items\":{\"enum\":[" + kinds + "]},\"maxItems\":3},"
                + "\"folder\":{\"type\":\"string\"},"
                + "\"from\":{\"type\":\"string\",\"format\":\"date\"},"
                + "\"to\":{\"type\":\"string\",\"format\":\"date\"},"
                + "\"author\":{\"type\":\"string\"},"
                + "\"topic\":{\"type\":\"string\"},"
                + "\"names\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"maxItems\":4},"
                + "\"limit\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":1000}},"
                + "\"required\":[\"collection\",\"intent\"],\"additionalProperties\":false}";
    }
}
