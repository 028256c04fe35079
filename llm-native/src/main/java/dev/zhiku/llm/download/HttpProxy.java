package dev.zhiku.llm.download;

import java.util.Objects;

/** An HTTP proxy the user configured, e.g. a company proxy in front of the model mirror. */
public record HttpProxy(String host, int port) {

    public HttpProxy {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a proxy address: " + host + ":" + port);
        }
    }
}
