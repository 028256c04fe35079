package dev.zhiku.rag.cloud;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible service.
 *
 * @param baseUri        the API base, e.g. {@code https://api.example.com/v1} (chat/completions is appended)
 * @param model          the model name to ask for
 * @param apiKey         the secret sent as a bearer token (never logged)
 * @param contextLength  tokens the model attends to, prompt plus answer
 * @param connectTimeout longest wait to connect and for the response to begin
 * @param idleTimeout    longest silence within a streamed answer before it counts as dropped
 * @param retries        attempts after the first for 429, 5xx and connection errors, before any text arrived
 * @param backoff        wait before the first retry; doubled for each further one (a Retry-After header wins)
 */
public record CloudSettings(URI baseUri, String model, String apiKey, int contextLength, Duration connectTimeout,
                            Duration idleTimeout, int retries, Duration backoff) {

    public CloudSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(apiKey, "apiKey");
        if (contextLength < 64) {
            throw new IllegalArgumentException("contextLength must be at least 64 tokens");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }

    /** Defaults: 32k context, 10 s to connect, 60 s of silence, 3 retries from 1 s. */
    public static CloudSettings of(URI baseUri, String model, String apiKey) {
        return new CloudSettings(baseUri, model, apiKey, 32_768, Duration.ofSeconds(10), Duration.ofSeconds(60), 3,
                Duration.ofSeconds(1));
    }

    public CloudSettings withContextLength(int tokens) {
        return new CloudSettings(baseUri, model, apiKey, tokens, connectTimeout, idleTimeout, retries, backoff);
    }

    public CloudSettings withRetries(int attempts, Duration firstWait) {
        return new CloudSettings(baseUri, model, apiKey, contextLength, connectTimeout, idleTimeout, attempts,
                firstWait);
    }

    public CloudSettings withTimeouts(Duration connect, Duration idle) {
        return new CloudSettings(baseUri, model, apiKey, contextLength, connect, idle, retries, backoff);
    }

    @Override
    public String toString() {
        return "CloudSettings[" + baseUri + ", model " + model + ", context " + contextLength + "]";
    }
}
