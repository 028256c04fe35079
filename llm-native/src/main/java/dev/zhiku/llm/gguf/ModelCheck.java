package dev.zhiku.llm.gguf;

import java.util.Optional;

/**
 * Whether a model file can be loaded, and if not, why (one line a person understands).
 *
 * @param ok     true when nothing stands in the way of loading
 * @param reason empty when ok, else the reason
 * @param facts  what the header says, when it could be read
 */
public record ModelCheck(boolean ok, String reason, Optional<ModelFacts> facts) {

    static ModelCheck passed(ModelFacts facts) {
        return new ModelCheck(true, "", Optional.of(facts));
    }

    static ModelCheck failed(String reason, ModelFacts facts) {
        return new ModelCheck(false, reason, Optional.ofNullable(facts));
    }
}
