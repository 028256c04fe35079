package dev.zhiku.rag.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The model servers Zhiku knows by name, with the loopback port each listens on by default. */
public enum EngineKind {
    /** Ollama: its own API ({@code /api/chat}, {@code /api/tags}, {@code /api/show}). */
    OLLAMA("Ollama", "ollama", 11434),
    /** LM Studio's local server (OpenAI-compatible). */
    LM_STUDIO("LM Studio", "lmstudio", 1234),
    /** Jan's local API server (OpenAI-compatible). */
    JAN("Jan", "jan", 1337),
    /** llama.cpp's {@code llama-server} (OpenAI-compatible). */
    LLAMA_SERVER("llama-server", "llama-server", 8080),
    /** Any other OpenAI-compatible server added by its address (vLLM, LocalAI, a second Zhiku). */
    OPENAI_COMPATIBLE("OpenAI-compatible server", "", -1);

    private final String displayName;
    private final String defaultName;
    private final int port;

    EngineKind(String displayName, String defaultName, int port) {
        this.displayName = displayName;
        this.defaultName = defaultName;
        this.port = port;
    }

    /** What the user reads: "Ollama", "LM Studio". */
    public String displayName() {
        return displayName;
    }

    /** The name the well-known engine is listed under ({@code ollama}); empty for added servers. */
    public String defaultName() {
        return defaultName;
    }

    /** The loopback port it listens on by default, or -1. */
    public int defaultPort() {
        return port;
    }

    /** Whether requests go to Ollama's own API rather than OpenAI's. */
    public boolean ollamaApi() {
        return this == OLLAMA;
    }

    /** The four servers looked for on this PC's loopback address. */
    public static List<EngineKind> wellKnown() {
        return Arrays.stream(values()).filter(k -> k.port > 0).toList();
    }

    /** The kind named by {@code text} (its enum name, any case), if any. */
    public static Optional<EngineKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.strip().replace('-', '_')))
                .findFirst();
    }

    /** Lower-case enum name, as stored. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
