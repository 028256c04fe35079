package dev.zhiku.rag.engine;

import dev.zhiku.core.net.Outbound;

/**
 * Where a model server is, which decides where the user's text may go: to a server on this PC freely; to a server
 * on the network the user trusts directly, but through its own gate purpose; to any other server only through the
 * cloud path (policy, preview, redaction, private folders left out, audit).
 */
public enum EngineReach {
    /** A loopback address: the text never leaves this PC. */
    LOCAL(Outbound.Purpose.LOOPBACK),
    /** A server on the network the user marked trusted: text goes there as it would to a local server. */
    TRUSTED_NETWORK(Outbound.Purpose.TRUSTED_SERVER),
    /** A server on the network: treated as a cloud service. */
    NETWORK(Outbound.Purpose.CLOUD);

    private final Outbound.Purpose purpose;

    EngineReach(Outbound.Purpose purpose) {
        this.purpose = purpose;
    }

    /** The gate purpose of every request to such a server. */
    public Outbound.Purpose purpose() {
        return purpose;
    }

    /** Whether the answer may be written directly by the server (no consent, no redaction, no audit). */
    public boolean direct() {
        return this != NETWORK;
    }

    static EngineReach of(Engine engine) {
        if (Outbound.isLoopback(engine.address())) {
            return LOCAL;
        }
        return engine.trusted() ? TRUSTED_NETWORK : NETWORK;
    }
}
