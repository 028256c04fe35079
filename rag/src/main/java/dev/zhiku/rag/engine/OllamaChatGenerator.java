package dev.zhiku.rag.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.core.net.OutboundRefusedException;
import dev.zhiku.core.prompt.PromptFit;
import dev.zhiku.core.prompt.PromptFitter;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.cloud.ResponseChunks;
import dev.zhiku.rag.cloud.ServerUnreachableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Flow;

/**
 * A {@link TextGenerator} over Ollama's own chat API ({@code POST /api/chat}, streamed as one JSON object a line).
 * Ollama's own API rather than its OpenAI-compatible one because only here does the request set the context
 * ({@code options.num_ctx}); the OpenAI route runs every model with Ollama's default context, whatever the prompt
 * budget. The prompt is fitted to {@link #contextLength()} with the shared {@link PromptFitter} policy; Stop is
 * checked between lines and at least every 50 ms, and closes the stream; one attempt, no retries (a server that
 * is gone is reported at once).
 */
public final class OllamaChatGenerator implements TextGenerator {

    private static final long POLL_MILLIS = 50;

    private final URI endpoint;
    private final String model;
    private final int context;
    private final Outbound.Purpose purpose;
    private final Duration idleTimeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final PromptFitter fitter = new PromptFitter(OllamaChatGenerator::render, TokenEstimate::of);

    /**
     * @param address     the server root ({@code http://127.0.0.1:11434})
     * @param model       the model to run
     * @param context     tokens of context to ask for and to fit prompts to
     * @param purpose     the gate purpose of the requests
     * @param idleTimeout longest silence (loading the model included) before the answer counts as dropped
     */
    public OllamaChatGenerator(URI address, String model, int context, Outbound.Purpose purpose,
                               Duration idleTimeout) {
        this.endpoint = URI.create(address + "/api/chat");
        this.model = model;
        this.context = context;
        this.purpose = purpose;
        this.idleTimeout = idleTimeout;
        this.http = Outbound.client(Duration.ofSeconds(5), null, false);
    }

    @Override
    public String id() {
        return model;
    }

    @Override
    public int contextLength() {
        return context;
    }

    @Override
    public int countTokens(String text) {
        return TokenEstimate.of(text);
    }

    @Override
    public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
        long t0 = System.nanoTime();
        PromptFit fit = fitter.fit(request.messages(), request.maxTokens(), context);
        NdjsonAnswer answer = new NdjsonAnswer(json, "Ollama");
        if (!control.isStopped()) {
            ResponseChunks chunks = connect(body(fit, request));
            try {
                answer.read(chunks, sink, control, idleTimeout, POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                chunks.cancel();
                throw new GenerationException("the answer from Ollama was interrupted", e);
            }
        }
        long end = System.nanoTime();
        long first = answer.firstTokenNanos() < 0 ? end : answer.firstTokenNanos();
        int generated = answer.generatedTokens();
        double seconds = (end - first) / 1e9;
        double speed = generated > 1 && seconds > 0 ? (generated - 1) / seconds : 0;
        return new GenerationResult(answer.text(), answer.finish(), fit.promptTokens(), 0, generated,
                (first - t0) / 1_000_000, (end - t0) / 1_000_000, speed, fit.note());
    }

    private byte[] body(PromptFit fit, GenerationRequest request) {
        ObjectNode body = json.createObjectNode().put("model", model).put("stream", true).put("think", false);
        ArrayNode list = body.putArray("messages");
        for (ChatMessage m : fit.messages()) {
            list.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT)).put("content", m.content());
        }
        ObjectNode options = body.putObject("options").put("num_ctx", context).put("num_predict", fit.maxTokens())
                .put("temperature", request.temperature()).put("top_p", request.topP()).put("seed", request.seed());
        if (!request.stop().isEmpty()) {
            ArrayNode stop = options.putArray("stop");
            request.stop().forEach(stop::add);
        }
        try {
            if (request.jsonSchema() != null) {
                body.set("format", json.readTree(request.jsonSchema()));
            }
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new GenerationException("the answer's JSON schema is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private ResponseChunks connect(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(idleTimeout)
                .header("Content-Type", "application/json").header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = Outbound.send(purpose, http, request,
                    HttpResponse.BodyHandlers.ofPublisher());
            ResponseChunks chunks = new ResponseChunks();
            response.body().subscribe(chunks);
            if (response.statusCode() != 200) {
                String error = NdjsonAnswer.drain(chunks, POLL_MILLIS, Duration.ofSeconds(5));
                throw new GenerationException("Ollama answered HTTP " + response.statusCode()
                        + NdjsonAnswer.errorDetail(json, error)
                        + (response.statusCode() == 404 ? "; is the model pulled (ollama pull " + model + ")?" : ""));
            }
            return chunks;
        } catch (OutboundRefusedException e) {
            throw new GenerationException(e.getMessage(), e);
        } catch (HttpTimeoutException e) {
            throw new GenerationException("Ollama at " + endpoint.getHost() + ":" + endpoint.getPort()
                    + " did not answer within " + idleTimeout.toSeconds() + " s", e);
        } catch (IOException e) {
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage().strip().lines().findFirst().orElse("");
            throw new ServerUnreachableException("cannot reach Ollama at " + endpoint.getHost() + ":"
                    + endpoint.getPort() + " (" + reason + "); is it running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationException("the answer from Ollama was interrupted", e);
        }
    }

    /** The conversation as counted for the context: each message's role and text. */
    private static String render(List<ChatMessage> messages) {
        StringBuilder text = new StringBuilder();
        for (ChatMessage m : messages) {
            text.append(m.role().name().toLowerCase(Locale.ROOT)).append(":\n").append(m.content()).append("\n\n");
        }
        return text.toString();
    }

    @Override
    public void close() {
        http.close();
    }
}
