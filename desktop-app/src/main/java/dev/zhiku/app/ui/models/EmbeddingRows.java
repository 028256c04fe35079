package dev.zhiku.app.ui.models;

import dev.zhiku.app.Wiring;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.catalog.VectorSets;
import dev.zhiku.rag.engine.EngineModel;
import dev.zhiku.rag.engine.EngineStatus;
import dev.zhiku.rag.engine.ModelPurpose;
import java.util.ArrayList;
import java.util.List;

/** The rows of the embedding model list from the catalog's sets and what the servers said. */
final class EmbeddingRows {

    static final String BUNDLED_ID = Wiring.EMBEDDING_MODEL.id();

    private EmbeddingRows() {
    }

    /**
     * The bundled model, the server sets the knowledge base has, then the servers' embedding models not used yet.
     *
     * @param found the servers' answers, or empty while they were not asked (every recorded set counts as available)
     */
    static List<EmbeddingRow> of(VectorSets sets, List<EngineStatus> found) {
        List<EmbeddingRow> out = new ArrayList<>();
        VectorSet bundled = sets.sets().stream().filter(s -> s.id().equals(BUNDLED_ID)).findFirst().orElse(null);
        out.add(new EmbeddingRow(EmbeddingTarget.bundled(), BUNDLED_ID, bundled, sets.active().equals(BUNDLED_ID),
                true));
        for (VectorSet s : sets.sets()) {
            if (s.onServer()) {
                boolean answers = found.isEmpty() || found.stream().anyMatch(f -> f.available()
                        && f.engine().name().equalsIgnoreCase(s.engine()));
                out.add(new EmbeddingRow(targetOf(s), s.id(), s, sets.active().equals(s.id()), answers));
            }
        }
        for (EngineStatus f : found) {
            for (EngineModel m : f.models()) {
                boolean known = sets.sets().stream().anyMatch(s -> s.engine().equalsIgnoreCase(f.engine().name())
                        && s.model().equals(m.name()));
                if (f.available() && !known && ModelPurpose.embeds(m)) {
                    out.add(new EmbeddingRow(new EmbeddingTarget(f.engine().name(), m.name(), ""),
                            f.engine().name() + "/" + m.name(), null, false, true));
                }
            }
        }
        return out;
    }

    /** Names of the servers that answered. */
    static List<String> answering(List<EngineStatus> found) {
        return found.stream().filter(EngineStatus::available).map(s -> s.engine().name()).toList();
    }

    /** The servers' models that look like rerankers, as "server · model". */
    static List<String> rerankers(List<EngineStatus> found) {
        List<String> out = new ArrayList<>();
        for (EngineStatus s : found) {
            if (s.available()) {
                s.models().stream().filter(ModelPurpose::reranks)
                        .forEach(m -> out.add(s.engine().name() + " · " + m.name()));
            }
        }
        return out;
    }

    /** What choosing a recorded set switches to. */
    static EmbeddingTarget targetOf(VectorSet set) {
        return set.onServer() ? new EmbeddingTarget(set.engine(), set.model(), set.queryPrefix())
                : EmbeddingTarget.bundled();
    }
}
