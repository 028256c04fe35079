package dev.zhiku.rag.cloud;

import java.net.URI;

/** Sees each request body right before it leaves the PC (after the outbound gate allowed it), for the audit log. */
@FunctionalInterface
public interface RequestObserver {

    RequestObserver NONE = (endpoint, model, body, promptTokens) -> { };

    /** Called once per answer, before the first attempt; retries resend the same body. */
    void sending(URI endpoint, String model, String body, int promptTokens);
}
