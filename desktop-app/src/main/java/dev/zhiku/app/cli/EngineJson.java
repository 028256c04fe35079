package dev.zhiku.app.cli;

import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineReach;
import dev.zhiku.rag.engine.EngineTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/** A model server as {@code --json} output shows it, and the words for where it is. */
final class EngineJson {

    private EngineJson() {
    }

    static Map<String, Object> of(EngineTarget target) {
        Map<String, Object> m = of(target.engine());
        m.put("model", target.model());
        m.put("label", target.label());
        return m;
    }

    static Map<String, Object> of(Engine engine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", engine.name());
        m.put("kind", engine.kind().displayName());
        m.put("address", engine.address().toString());
        m.put("reach", reachKey(engine.reach()));
        m.put("trusted", engine.trusted());
        if (engine.trusted()) {
            m.put("trustedAt", engine.trustedAt());
        }
        return m;
    }

    static String reachKey(EngineReach reach) {
        return switch (reach) {
            case LOCAL -> "this-pc";
            case TRUSTED_NETWORK -> "network-trusted";
            case NETWORK -> "network";
        };
    }

    /** Where the server is and what that means for the user's text, in words. */
    static String reachWords(Engine engine) {
        return switch (engine.reach()) {
            case LOCAL -> "on this PC (nothing leaves it)";
            case TRUSTED_NETWORK -> "on your network, trusted since " + engine.trustedAt()
                    + " (text goes there unredacted)";
            case NETWORK -> "on your network, not trusted: like a cloud service (preview, redaction, audit)";
        };
    }
}
