package dev.zhiku.llm.download;

import java.time.Duration;
import java.util.Objects;

/**
 * How this package talks HTTP.
 *
 * @param proxy the proxy to use, or {@code null} for the system default ({@code http.proxyHost} and friends)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for response headers, and for the next bytes of a body, before retrying
 */
public record HttpSettings(HttpProxy proxy, Duration connectTimeout, Duration readTimeout) {

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** No explicit proxy, 15 s to connect, 60 s without data before giving up on a connection. */
    public static HttpSettings defaults() {
        return new HttpSettings(null, Duration.ofSeconds(15), Duration.ofSeconds(60));
    }

    public HttpSettings withProxy(HttpProxy newProxy) {
        return new HttpSettings(newProxy, connectTimeout, readTimeout);
    }
}
