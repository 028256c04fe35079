package dev.zhiku.indexer;

import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import dev.zhiku.indexer.store.VectorFields;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the vectors of a model the knowledge base is not searched with: every passage is written again without
 * them (its other vectors kept), a few sources a commit, then the model's row and cached vectors leave the catalog.
 * The searched set is refused. Killed midway, the set is left marked as being built (so it is never shown, or
 * switched to, as complete) and the same removal finishes it.
 */
public final class VectorSetRemoval {

    private static final Logger LOG = LoggerFactory.getLogger(VectorSetRemoval.class);
    private static final int SOURCES_PER_COMMIT = 8;

    private final PassageIndex index;
    private final Catalog catalog;

    public VectorSetRemoval(PassageIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /**
     * Removes the set of model {@code id}.
     *
     * @return the passages whose vector of that model was deleted
     * @throws IllegalArgumentException when it is the set searched, or no such set exists
     */
    public long remove(String id) throws IOException, SQLException {
        String active = catalog.activeVectorSet();
        if (active.equals(id)) {
            throw new IllegalArgumentException("searches use the vectors of " + id + "; switch to another model first"
                    + " (`zhiku embeddings use …`), then remove it");
        }
        String field = VectorFields.of(id);
        Optional<VectorSet> recorded = catalog.vectorSet(id);
        if (recorded.isEmpty() && index.countWithVectors(field) == 0) {
            throw new IllegalArgumentException("no vectors of " + id + " in this knowledge base; `zhiku embeddings "
                    + "list` shows the ones it has");
        }
        long now = System.currentTimeMillis();
        if (recorded.isPresent()) {
            VectorSet set = recorded.get();
            catalog.putVectorSet(set.withProgress(VectorSet.State.BUILDING, set.done(), set.total(), now));
        }
        long removed = 0;
        while (true) {
            List<String> sources = index.sourcesWith(field, SOURCES_PER_COMMIT);
            if (sources.isEmpty()) {
                break;
            }
            for (String path : sources) {
                List<StoredPassage> without = index.passagesOf(path, field).stream()
                        .filter(p -> p.vector() != null).map(p -> p.withVector(null)).toList();
                index.setVectors(without, field);
                removed += without.size();
            }
            index.commit();
        }
        catalog.removeVectorSet(id);
        LOG.info("removed the vectors of {} ({} passages)", id, removed);
        return removed;
    }
}
