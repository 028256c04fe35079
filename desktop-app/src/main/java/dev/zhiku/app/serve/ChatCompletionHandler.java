package dev.zhiku.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.app.json.CitationJson;
import com.sun.net.httpserver.HttpExchange;
import dev.zhiku.core.Answer;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code POST /v1/chat/completions}: answers the last user message from the knowledge base, as one JSON object or,
 * with {@code "stream": true}, as Server-Sent Events ending with {@code data: [DONE]}. With a model, a stream
 * carries the tokens as they are written and the checked citations at the end; without one, the extractive answer
 * is made whole first and then sent piece by piece.
 */
final class ChatCompletionHandler {

    private final Answerer answerer;
    private final String modelId;
    private final ObjectMapper json;
    /** One answer at a time when a local model writes them (it answers one conversation at a time). */
    private final ReentrantLock answering = new ReentrantLock();
    /** Extractive answers at once: beyond the cores they only take time and memory from each other. */
    private final Semaphore parallel = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private final RequestLimits limits;

    ChatCompletionHandler(Answerer answerer, String modelId, ObjectMapper json, RequestLimits limits) {
        this.answerer = answerer;
        this.modelId = modelId;
        this.json = json;
        this.limits = limits;
    }

    void handle(HttpExchange exchange) throws IOException, ApiError {
        ChatCompletionRequest request = ChatCompletionRequest.parse(readBody(exchange));
        limits.check(request.question(), request.history().stream().map(ChatMessage::content).toList());
        Question question = new Question(request.question(), null, request.history(), null);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        if (request.stream() && answerer.usesModel()) {
            streamLive(exchange, request, question, chunk(id, created));
            return;
        }
        Answer answer = ask(question, AnswerListener.NONE, new GenerationControl());
        ServedAnswer served = ServedAnswer.of(answer, request.maxTokens(), request.stop());
        if (request.stream()) {
            ObjectNode template = chunk(id, created);
            SseStream sse = start(exchange, template);
            for (String piece : served.pieces()) {
                sse.send(withDelta(template, json.createObjectNode().put("content", piece), null));
            }
            finish(sse, template, served.finishReason(), answer, request, served.completionTokens());
        } else {
            ObjectNode body = base(id, created, "chat.completion");
            ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", served.content());
            choice.put("finish_reason", served.finishReason());
            body.set("usage", usage(request, served.completionTokens()));
            body.set("zhiku_citations", citations(served.citations()));
            body.put("zhiku_supported", answer.supported());
            KnowledgeServer.sendJson(exchange, 200, json.writeValueAsBytes(body));
        }
    }

    /** Answers one question; one at a time when a model writes the answers. */
    private Answer ask(Question question, AnswerListener listener, GenerationControl control) {
        if (!answerer.usesModel()) {
            parallel.acquireUninterruptibly();
            try {
                return answerer.ask(question, listener, control).answer();
            } finally {
                parallel.release();
            }
        }
        answering.lock();
        try {
            return answerer.ask(question, listener, control).answer();
        } finally {
            answering.unlock();
        }
    }

    /**
     * Streams the model's tokens as they are written (cut at stop strings and {@code max_tokens}); the checked
     * citations and the "Sources:" list follow in the last chunks. Answers without model text (the documents do not
     * hold the answer) are sent as usual. A client that goes away stops the model.
     */
    private void streamLive(HttpExchange exchange, ChatCompletionRequest request, Question question,
                            ObjectNode template) throws IOException {
        SseStream sse = start(exchange, template);
        LiveText live = new LiveText(request.maxTokens(), request.stop());
        GenerationControl control = new GenerationControl();
        AnswerListener listener = new AnswerListener() {
            @Override
            public void onToken(String piece) {
                String text = live.accept(piece);
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
        Answer answer = ask(question, listener, control);
        if (!live.started()) {
            ServedAnswer served = ServedAnswer.of(answer, request.maxTokens(), request.stop());
            for (String piece : served.pieces()) {
                sse.send(withDelta(template, json.createObjectNode().put("content", piece), null));
            }
            finish(sse, template, served.finishReason(), answer, request, served.completionTokens());
            return;
        }
        String rest = live.rest();
        if (live.finish() == null) {
            rest += ServedAnswer.sources(answer.citations());
        }
        if (!rest.isEmpty()) {
            sse.send(withDelta(template, json.createObjectNode().put("content", rest), null));
        }
        finish(sse, template, live.finish() == null ? "stop" : live.finish(), answer, request,
                live.tokens());
    }

    /** Opens the event stream with the assistant's role. */
    private SseStream start(HttpExchange exchange, ObjectNode template) throws IOException {
        SseStream sse = SseStream.open(exchange, json);
        sse.send(withDelta(template, json.createObjectNode().put("role", "assistant").put("content", ""), null));
        return sse;
    }

    /** The last chunk with the finish reason and citations, the usage when asked for, and the end marker. */
    private void finish(SseStream sse, ObjectNode template, String finishReason, Answer answer,
                        ChatCompletionRequest request, int completionTokens) throws IOException {
        ObjectNode last = withDelta(template, json.createObjectNode(), finishReason);
        last.set("zhiku_citations", citations(answer.citations()));
        last.put("zhiku_supported", answer.supported());
        sse.send(last);
        if (request.includeUsage()) {
            ObjectNode usageChunk = template.deepCopy();
            usageChunk.putArray("choices");
            usageChunk.set("usage", usage(request, completionTokens));
            sse.send(usageChunk);
        }
        sse.done();
    }

    private ObjectNode usage(ChatCompletionRequest request, int completionTokens) {
        int promptTokens = request.messages().stream().mapToInt(m -> TokenEstimate.of(m.content()) + 2).sum();
        return json.createObjectNode().put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
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
        return CitationJson.of(cited);
    }

    /** The body as JSON; one larger than the limit is refused ({@link RequestLimits#body}). */
    private JsonNode readBody(HttpExchange exchange) throws IOException, ApiError {
        byte[] bytes = limits.body(exchange);
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
