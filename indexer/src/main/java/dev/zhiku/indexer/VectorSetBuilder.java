package dev.zhiku.indexer;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import dev.zhiku.indexer.store.VectorFields;
import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every passage that has vectors a vector of another model too, in that model's own field
 * ({@link VectorFields}), while searches keep using the active model's field; when no passage is left without one,
 * the catalog's one pointer ({@link Catalog#activateVectorSet}) is written and searches use the new vectors.
 *
 * <p>Kill-safe: work is committed a few sources at a time (index first, then the cached vectors and the progress),
 * and what is left is found again from the index itself, never from a list kept elsewhere — so a restart resumes
 * where the last commit ended, nothing committed is lost, and the new field holds only this model's vectors.
 * Vectors this model made before (the catalog's cache, keyed by model and text) are reused, so switching back to
 * a model used earlier embeds only the texts that are new since.
 */
public final class VectorSetBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(VectorSetBuilder.class);
    /** Sources embedded between two commits. */
    static final int SOURCES_PER_COMMIT = Integer.getInteger("zhiku.vectorSet.sourcesPerCommit", 8);
    private static final int EMBED_BATCH = 32;

    private final PassageIndex index;
    private final Catalog catalog;
    private final EmbeddingModel model;
    private final IndexControl control;
    private long embeddedTexts;
    private long passagesWritten;

    public VectorSetBuilder(PassageIndex index, Catalog catalog, EmbeddingModel model, IndexControl control) {
        this.index = index;
        this.catalog = catalog;
        this.model = model;
        this.control = control;
    }

    /**
     * Builds (or resumes building) the model's set and switches searches to it when it is complete.
     *
     * @param registered the set as the catalog should record it (engine, model name, query prefix)
     * @param progress   told after every commit
     * @return the set as recorded at the end: {@link VectorSet.State#COMPLETE} unless cancelled
     */
    public VectorSet build(VectorSet registered, Consumer<VectorSet> progress)
            throws IOException, SQLException, InterruptedException {
        return advance(registered, progress, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #build}, but returns after at most {@code commits} commits while work is left (the set is then
     * {@link VectorSet.State#BUILDING}), so that a caller can let other writers of the index (the window's indexing
     * runs) in between; the next call resumes where this one committed.
     */
    public VectorSet advance(VectorSet registered, Consumer<VectorSet> progress, int commits)
            throws IOException, SQLException, InterruptedException {
        if (!registered.id().equals(model.id())) {
            throw new IllegalArgumentException("the set " + registered.id() + " is not the model's " + model.id());
        }
        String field = VectorFields.of(model.id());
        VectorSet set = startOrResume(registered);
        int made = 0;
        while (control.awaitRunnable()) {
            List<String> sources = index.sourcesMissing(field, SOURCES_PER_COMMIT);
            if (sources.isEmpty()) {
                break;
            }
            if (made >= commits) {
                return set;
            }
            made++;
            Map<String, float[]> fresh = new HashMap<>();
            for (String path : sources) {
                List<StoredPassage> passages = index.passagesOf(path, field).stream()
                        .filter(p -> p.vector() != null || !p.otherVectors().isEmpty()).toList();
                VectorFiller.Filled filled = VectorFiller.fill(passages, catalog, model, EMBED_BATCH,
                        hashes -> pick(fresh, hashes));
                index.setVectors(filled.passages(), field);
                fresh.putAll(filled.fresh());
                embeddedTexts += filled.fresh().size();
                passagesWritten += passages.stream().filter(p -> p.vector() == null).count();
            }
            index.commit();
            catalog.cacheVectors(model.id(), fresh);
            set = record(set, VectorSet.State.BUILDING);
            progress.accept(set);
        }
        if (control.isCancelled()) {
            return set;
        }
        set = record(set, VectorSet.State.COMPLETE);
        catalog.activateVectorSet(set.id());
        LOG.info("searches now use the vectors of {} ({} passages)", set.id(), set.done());
        progress.accept(set);
        return set;
    }

    /** Texts this run had the model embed (the others came from vectors it made before). */
    public long embeddedTexts() {
        return embeddedTexts;
    }

    /** Passages this run gave a vector of the model. */
    public long passagesWritten() {
        return passagesWritten;
    }

    private VectorSet startOrResume(VectorSet registered) throws SQLException, IOException {
        VectorSet known = catalog.vectorSet(registered.id()).orElse(null);
        if (known != null && known.dimension() != model.dimension()) {
            throw new IllegalStateException(model.id() + " now makes vectors of " + model.dimension()
                    + " dimensions, but its vectors in this knowledge base have " + known.dimension()
                    + "; the model on the server changed: give it another name on the server and choose that");
        }
        long now = System.currentTimeMillis();
        long started = known == null || known.state() == VectorSet.State.COMPLETE ? now : known.startedMillis();
        VectorSet set = new VectorSet(registered.id(), model.dimension(), registered.engine(), registered.model(),
                registered.queryPrefix(), VectorSet.State.BUILDING, 0, 0, started, now);
        return record(set, VectorSet.State.BUILDING);
    }

    private VectorSet record(VectorSet set, VectorSet.State state) throws IOException, SQLException {
        VectorSet updated = set.withProgress(state, index.countWithVectors(VectorFields.of(model.id())),
                index.countWithAnyVector(), System.currentTimeMillis());
        catalog.putVectorSet(updated);
        return updated;
    }

    private static Map<String, float[]> pick(Map<String, float[]> fresh, java.util.Collection<String> hashes) {
        Map<String, float[]> found = new HashMap<>();
        for (String h : hashes) {
            float[] v = fresh.get(h);
            if (v != null) {
                found.put(h, v);
            }
        }
        return found;
    }
}
