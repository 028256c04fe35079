package dev.zhiku.rag.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult.FinishReason;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.core.net.OutboundRefusedException;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.core.prompt.PromptFit;
import dev.zhiku.core.prompt.PromptFitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Flow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TextGenerator} for any OpenAI-compatible chat-completions service, streaming with Server-Sent Events.
 *
 * <p>The prompt is fitted to {@link CloudSettings#contextLength()} with the same policy as the local engine
 * ({@link PromptFitter}: oldest turns dropped, then the longest message shortened in its middle, and the result
 * says so). Tokens are estimated with {@link TokenEstimate}. 429, 5xx and connection failures are retried with
 * doubling waits before any text arrived; Stop is checked between chunks and at least every 50 ms while waiting,
 * and closes the stream. Failures are one-line {@link GenerationException}s; an answer that breaks off mid-way
 * throws {@link StreamDroppedException} with the partial text.
 */
public final class OpenAiCompatibleGenerator implements TextGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleGenerator.class);

    private final CloudSettings settings;
    private final RequestObserver observer;
    private final Outbound.Purpose purpose;
    private final ServiceNames names;
    private final URI endpoint;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final PromptFitter fitter = new PromptFitter(OpenAiCompatibleGenerator::render, TokenEstimate::of);

    public OpenAiCompatibleGenerator(CloudSettings settings) {
        this(settings, RequestObserver.NONE);
    }

    /** A generator that shows {@code observer} each request body before it is sent. */
    public OpenAiCompatibleGenerator(CloudSettings settings, RequestObserver observer) {
        this(settings, observer, Outbound.Purpose.CLOUD, ServiceNames.CLOUD);
    }

    /**
     * A generator whose requests leave for {@code purpose} (a model server on this PC is {@code LOOPBACK}, one the
     * user trusts {@code TRUSTED_SERVER}) and whose failure lines name the server with {@code names}.
     */
    public OpenAiCompatibleGenerator(CloudSettings settings, RequestObserver observer, Outbound.Purpose purpose,
                                     ServiceNames names) {
        this.settings = settings;
        this.observer = observer;
        this.purpose = purpose;
        this.names = names;
        this.endpoint = endpointOf(settings.baseUri().toString());
        this.http = Outbound.client(settings.connectTimeout(), null, false);
    }

    /** The chat-completions address below an API base. */
    static URI endpointOf(String baseUri) {
        return URI.create((baseUri.endsWith("/") ? baseUri : baseUri + "/") + "chat/completions");
    }

    /** The address requests go to. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String id() {
        return settings.model();
    }

    @Override
    public int contextLength() {
        return settings.contextLength();
    }

    @Override
    public int countTokens(String text) {
        return TokenEstimate.of(text);
    }

    @Override
    public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
        long t0 = System.nanoTime();
        PromptFit fit = fitter.fit(request.messages(), request.maxTokens(), settings.contextLength());
        byte[] body = ChatRequestBody.of(json, settings.model(), fit.messages(), fit.maxTokens(), request);
        AnswerStream answer = new AnswerStream(json, names);
        try {
            ResponseChunks chunks = connect(body, fit.promptTokens(), control);
            if (chunks != null) {
                answer.read(chunks, sink, control, settings.idleTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationException(names.answer() + " was interrupted", e);
        }
        long end = System.nanoTime();
        long first = answer.firstTokenNanos() < 0 ? end : answer.firstTokenNanos();
        int generated = answer.generatedTokens();
        double seconds = (end - first) / 1e9;
        double speed = generated > 1 && seconds > 0 ? (generated - 1) / seconds : 0;
        return new GenerationResult(answer.text(), finish(answer), fit.promptTokens(), 0, generated,
                (first - t0) / 1_000_000, (end - t0) / 1_000_000, speed, fit.note());
    }

    private static FinishReason finish(AnswerStream answer) {
        if (answer.stopped() || answer.finishReason() == null) {
            return FinishReason.STOPPED;
        }
        // OpenAI reports "stop" both for a natural end and for a stop string; the two cannot be told apart
        return "length".equals(answer.finishReason()) ? FinishReason.LENGTH : FinishReason.END;
    }

    /** The streaming response's body, after retries; null when Stop was pressed while waiting to retry. */
    private ResponseChunks connect(byte[] body, int promptTokens, GenerationControl control)
            throws InterruptedException {
        try {
            Outbound.check(purpose, endpoint);
        } catch (OutboundRefusedException e) {
            throw new GenerationException(e.getMessage(), e);
        }
        if (control.isStopped()) {
            return null;
        }
        observer.sending(endpoint, settings.model(), new String(body, StandardCharsets.UTF_8), promptTokens);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(settings.connectTimeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        for (int attempt = 0; ; attempt++) {
            if (control.isStopped()) {
                return null;
            }
            boolean last = attempt >= settings.retries();
            long wait = settings.backoff().toMillis() << Math.min(attempt, 10);
            try {
                HttpResponse<Flow.Publisher<List<ByteBuffer>>> response =
                        Outbound.send(purpose, http, request,
                                HttpResponse.BodyHandlers.ofPublisher());
                ResponseChunks chunks = new ResponseChunks();
                response.body().subscribe(chunks);
                int status = response.statusCode();
                if (status == 200) {
                    return chunks;
                }
                String error = drain(chunks);
                LOG.debug("cloud service answered HTTP {} (attempt {}): {}", status, attempt + 1, error);
                if (last || !CloudFailures.retryable(status)) {
                    throw CloudFailures.forStatus(status, error, json, names);
                }
                wait = response.headers().firstValue("Retry-After").map(OpenAiCompatibleGenerator::seconds)
                        .orElse(wait);
            } catch (OutboundRefusedException e) {
                throw new GenerationException(e.getMessage(), e);
            } catch (HttpTimeoutException e) {
                LOG.debug("cloud service timed out (attempt {})", attempt + 1, e);
                if (last) {
                    throw new GenerationException(names.service() + " at " + endpoint.getHost() + " did not answer"
                            + " within " + settings.connectTimeout().toSeconds() + " s; try again later", e);
                }
            } catch (IOException e) {
                LOG.debug("cloud service unreachable (attempt {})", attempt + 1, e);
                if (last) {
                    throw CloudFailures.unreachable(endpoint, e);
                }
            }
            pause(wait, control);
        }
    }

    /** Waits before a retry, in short steps so that Stop is noticed. */
    private static void pause(long millis, GenerationControl control) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        while (!control.isStopped() && System.nanoTime() < until) {
            Thread.sleep(Math.max(1, Math.min(AnswerStream.POLL_MILLIS, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.min(60_000, Long.parseLong(retryAfter.strip()) * 1000);
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    /** An error body, read for at most the connect timeout and 16 KB. */
    private String drain(ResponseChunks chunks) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long until = System.nanoTime() + settings.connectTimeout().toNanos();
        while (System.nanoTime() < until && bytes.size() < 16_384) {
            Object item = chunks.poll(AnswerStream.POLL_MILLIS);
            if (item == ResponseChunks.END || item instanceof Throwable) {
                break;
            }
            if (item instanceof List<?> buffers) {
                for (Object b : buffers) {
                    ByteBuffer buffer = (ByteBuffer) b;
                    byte[] copy = new byte[buffer.remaining()];
                    buffer.get(copy);
                    bytes.writeBytes(copy);
                }
            }
        }
        chunks.cancel();
        return bytes.toString(StandardCharsets.UTF_8);
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
