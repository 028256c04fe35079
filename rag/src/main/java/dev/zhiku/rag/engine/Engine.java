package dev.zhiku.rag.engine;

import java.net.URI;
import java.util.Objects;

/**
 * A model server Zhiku may answer with.
 *
 * @param name          what the user types ({@code ollama}, {@code office-gpu})
 * @param kind          which API it speaks
 * @param address       the server's root, e.g. {@code http://127.0.0.1:11434} (no {@code /v1})
 * @param trusted       whether the user marked this server on the network as trusted (loopback needs no trust)
 * @param trustedAt     when the user did (ISO-8601), or empty
 * @param contextLength the context setting when the server does not report one (0 = {@link #DEFAULT_CONTEXT})
 * @param builtIn       one of the four well-known servers on this PC's loopback address, not added by the user
 */
public record Engine(String name, EngineKind kind, URI address, boolean trusted, String trustedAt, int contextLength,
                     boolean builtIn) {

    /** Tokens assumed when neither the server nor the user says: what llama-server and LM Studio start with. */
    public static final int DEFAULT_CONTEXT = 4_096;

    public Engine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        trustedAt = trustedAt == null ? "" : trustedAt;
        contextLength = Math.max(0, contextLength);
    }

    /** A well-known server at its default loopback port. */
    public static Engine wellKnown(EngineKind kind) {
        return new Engine(kind.defaultName(), kind, URI.create("http://127.0.0.1:" + kind.defaultPort()), false, "",
                0, true);
    }

    /** Where loopback, trusted and other servers differ: whether data may go there directly. */
    public EngineReach reach() {
        return EngineReach.of(this);
    }

    /** The OpenAI-compatible API base: the address with {@code /v1}. */
    public URI apiBase() {
        return URI.create(address.toString() + "/v1");
    }

    /** The context to use when the server reports none. */
    public int contextSetting() {
        return contextLength > 0 ? contextLength : DEFAULT_CONTEXT;
    }

    /** "Ollama", or the user's name for an added server. */
    public String label() {
        return builtIn || kind != EngineKind.OPENAI_COMPATIBLE && name.equals(kind.defaultName())
                ? kind.displayName() : name;
    }

    /** How an answer names its writer: "Ollama · qwen3.5:4b". */
    public String answerLabel(String model) {
        return label() + " · " + model;
    }

    public Engine withTrust(boolean trust, String when) {
        return new Engine(name, kind, address, trust, trust ? when : "", contextLength, builtIn);
    }

    /**
     * The server root of an address the user typed: scheme and host required, {@code /v1} and a trailing slash
     * dropped.
     *
     * @throws IllegalArgumentException with a sentence the user can act on
     */
    public static URI rootOf(String typed) {
        String text = typed.strip();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + typed + "' is not an address (try http://127.0.0.1:11434)");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + typed + "' is not an http:// or https:// address with a host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/v1")) {
            path = path.substring(0, path.length() - 3);
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path);
    }
}
