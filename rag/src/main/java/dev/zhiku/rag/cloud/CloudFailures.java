package dev.zhiku.rag.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.net.Outbound;
import java.io.IOException;
import java.net.URI;

/** One line a person can act on for each way a cloud request fails. */
final class CloudFailures {

    private CloudFailures() {
    }

    static boolean retryable(int status) {
        return status == 429 || status == 408 || status >= 500;
    }

    static GenerationException forStatus(int status, String body, ObjectMapper json, ServiceNames names) {
        String who = names.service();
        String detail = detail(body, json);
        return new GenerationException(switch (status) {
            case 401, 403 -> who + " refused the API key (HTTP " + status + "); check the key in Settings";
            case 429 -> who + " is rate-limiting; try again in a moment";
            case 404 -> who + " does not know this model or address (HTTP 404)" + detail;
            default -> status >= 500 ? who + " failed (HTTP " + status + ")" + detail
                    + "; try again later" : who + " rejected the request (HTTP " + status + ")" + detail;
        });
    }

    static ServerUnreachableException unreachable(URI uri, IOException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
        String advice = Outbound.isLoopback(uri) ? "is the server running?" : "check the network connection";
        return new ServerUnreachableException("cannot reach " + uri.getHost() + ":" + port(uri) + " (" + reason
                + "); " + advice, e);
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** ": the service's own message", from an OpenAI error body, or empty. */
    private static String detail(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode error = json.readTree(body).path("error");
            String message = error.isTextual() ? error.asText() : error.path("message").asText("");
            return message.isBlank() ? "" : ": " + oneLine(message);
        } catch (IOException notJson) {
            return ": " + oneLine(body);
        }
    }

    private static String oneLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
