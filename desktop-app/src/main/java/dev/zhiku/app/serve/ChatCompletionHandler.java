package dev.zhiku.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.zhiku.core.Answer;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code POST /v1/chat/completions}: answers the last user message from the knowledge base, as one JSON object or,
 * with {@code "stream": true}, as Server-Sent Events ending with {@code data: [DONE]}. With a model, a stream
 * carries the tokens as they are written and the checked citations at the end; without one, the extractive answer
 * is made whole first and then sent piece by piece.
 */
final class ChatCompletionHandler {

    /** Requests larger than this are refused rather than read. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final Answerer answerer;
    private final String modelId;
    private final ObjectMapper json;
    /** One answer at a time when a local model writes them (it answers one conversation at a time). */
    private final ReentrantLock answering = new ReentrantLock();

    ChatCompletionHandler(Answerer answerer, String modelId, ObjectMapper json) {
        this.answerer = answerer;
        this.modelId = modelId;
        this.json = json;
    }

    void handle(HttpExchange exchange) throws IOException, ApiError {
        ChatCompletionRequest request = ChatCompletionRequest.parse(readBody(exchange.getRequestBody()));
        Question question = new Question(request.question(), null, request.history(), null);
        if (request.stream() && answerer.usesModel()) {
            streamLive(exchange, request, question);
            return;
        }
        Answer answer;
        if (answerer.usesModel()) {
            answering.lock();
            try {
                answer = answerer.ask(question, AnswerListener.NONE, new GenerationControl()).answer();
            } finally {
                answering.unlock();
            }
        } else {
            answer = answerer.ask(question, AnswerListener.NONE, new GenerationControl()).answer();
        }
        ServedAnswer served = ServedAnswer.of(answer, request.maxTokens(), request.stop());
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        int promptTokens = request.messages().stream().mapToInt(m -> TokenEstimate.of(m.content()) + 2).sum();
        ObjectNode usage = json.createObjectNode().put("prompt_tokens", promptTokens)
                .put("completion_tokens", served.completionTokens())
                .put("total_tokens", promptTokens + served.completionTokens());
        if (request.stream()) {
            stream(exchange, served, chunk(id, created), request.includeUsage() ? usage : null);
        } else {
            ObjectNode body = base(id, created, "chat.completion");
            ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", served.content());
            choice.put("finish_reason", served.finishReason());
            body.set("usage", usage);
            body.set("zhiku_citations", citations(served.citations()));
            KnowledgeServer.sendJson(exchange, 200, json.writeValueAsBytes(body));
        }
    }

    /**
     * Streams the model's tokens as they are written (cut at stop strings and {@code max_tokens}); the checked
     * citations and the "Sources:" list follow in the last chunks. Answers without model text (the documents do not
     * hold the answer) are sent as usual. A client that goes away stops the model.
     */
    private void streamLive(HttpExchange exchange, ChatCompletionRequest request, Question question)
            throws IOException {
        String id = "chatcmpl-" + UUID.randomUUID();
        ObjectNode template = chunk(id, System.currentTimeMillis() / 1000);
        SseStream sse = SseStream.open(exchange, json);
        sse.send(withDelta(template, json.createObjectNode().put("role", "assistant").put("content", ""), null));
        LiveText live = new LiveText(request.maxTokens(), request.stop());
        GenerationControl control = new GenerationControl();
        AnswerListener listener = new AnswerListener() {
            @Override
            public void onToken(String piece) {
                send(live.accept(piece));
            }

            private void send(String text) {
                if (text.isEmpty() || control.isStopped()) {
                    return;
                }
                try {
                    sse.send(withDelta(template, json.createObjectNode().put("content", text), null));
                } catch (IOException e) {
                    control.stop();
                }
                if (live.finish() != null) {
                    control.stop();
                }
            }
        };
        Answer answer;
        answering.lock();
        try {
            answer = answerer.ask(question, listener, control).answer();
        } finally {
            answering.unlock();
        }
        String finish;
        List<Citation> citations = answer.citations();
        if (live.started()) {
            String rest = live.rest();
            if (!rest.isEmpty()) {
                sse.send(withDelta(template, json.createObjectNode().put("content", rest), null));
            }
            finish = live.finish() == null ? "stop" : live.finish();
            String sources = ServedAnswer.withSources(new Answer("", false, answer.route(), citations,
                    answer.timings(), answer.model())).strip();
            if (live.finish() == null && !sources.isEmpty()) {
                sse.send(withDelta(template, json.createObjectNode().put("content", "\n\n" + sources), null));
            }
        } else {
            ServedAnswer served = ServedAnswer.of(answer, request.maxTokens(), request.stop());
            for (String piece : served.pieces()) {
                sse.send(withDelta(template, json.createObjectNode().put("content", piece), null));
            }
            finish = served.finishReason();
        }
        ObjectNode last = withDelta(template, json.createObjectNode(), finish);
        last.set("zhiku_citations", citations(citations));
        sse.send(last);
        if (request.includeUsage()) {
            int promptTokens = request.messages().stream().mapToInt(m -> TokenEstimate.of(m.content()) + 2).sum();
            ObjectNode usageChunk = template.deepCopy();
            usageChunk.putArray("choices");
            usageChunk.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", live.tokens())
                    .put("total_tokens", promptTokens + live.tokens());
            sse.send(usageChunk);
        }
        sse.done();
    }

    private void stream(HttpExchange exchange, ServedAnswer served, ObjectNode template, ObjectNode usage)
            throws IOException {
        SseStream sse = SseStream.open(exchange, json);
        sse.send(withDelta(template, json.createObjectNode().put("role", "assistant").put("content", ""), null));
        for (String piece : served.pieces()) {
            sse.send(withDelta(template, json.createObjectNode().put("content", piece), null));
        }
        ObjectNode last = withDelta(template, json.createObjectNode(), served.finishReason());
        last.set("zhiku_citations", citations(served.citations()));
        sse.send(last);
        if (usage != null) {
            ObjectNode usageChunk = template.deepCopy();
            usageChunk.putArray("choices");
            usageChunk.set("usage", usage);
            sse.send(usageChunk);
        }
        sse.done();
    }

    private ObjectNode chunk(String id, long created) {
        return base(id, created, "chat.completion.chunk");
    }

    private ObjectNode base(String id, long created, String object) {
        return json.createObjectNode().put("id", id).put("object", object).put("created", created)
                .put("model", modelId);
    }

    private ObjectNode withDelta(ObjectNode template, ObjectNode delta, String finishReason) {
        ObjectNode chunk = template.deepCopy();
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return chunk;
    }

    private ArrayNode citations(List<Citation> cited) {
        ArrayNode list = json.createArrayNode();
        for (Citation c : cited) {
            list.addObject().put("number", c.number()).put("path", c.displayPath()).put("page", c.page())
                    .put("start", c.startOffset()).put("end", c.endOffset()).put("snippet", c.snippet())
                    .put("score", c.score());
        }
        return list;
    }

    private JsonNode readBody(InputStream in) throws IOException, ApiError {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiError(413, "invalid_request_error", "the request is larger than 4 MB");
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest("the request has no body; send a JSON chat-completions request");
        }
        try {
            return json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
