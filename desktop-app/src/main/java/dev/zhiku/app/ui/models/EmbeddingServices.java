package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.AppServices;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.catalog.VectorSets;
import dev.zhiku.rag.engine.EngineStatus;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the "Embedding model" part of the Models panel uses: the knowledge base's vector sets, the servers' models,
 * and the switch, run on the window's own indexer between its indexing runs (docs/decisions/0044). Every method is
 * called on a background thread; failures are exceptions whose message a person can act on.
 */
public interface EmbeddingServices {

    /** The app's: the home of {@code app}, its indexer and knowledge base. */
    static EmbeddingServices of(AppServices app) {
        return new AppEmbeddingServices(app);
    }

    /** The sets recorded and the one searched. */
    VectorSets sets();

    /** Whether there is a knowledge base to embed yet. */
    boolean hasIndex();

    /** Every server Zhiku knows, with its models (unavailable ones with why). */
    List<EngineStatus> servers();

    /** The set whose building the user stopped, or empty. */
    String stoppedSwitch();

    /** Records that the user stopped building {@code id} (empty: none). */
    void markStopped(String id);

    /** Opens the target's model (one request to a server learns its dimension); the caller closes it. */
    EmbeddingModel open(EmbeddingTarget target);

    /**
     * One step of building {@code model}'s set (a few sources, one commit), between two indexing runs; when nothing
     * is left the set is marked complete and searched, and, before the next indexing run, the app's indexer and
     * knowledge base are opened again with the new model.
     */
    VectorSet advance(EmbeddingModel model, VectorSet registered, IndexControl control, Consumer<VectorSet> progress)
            throws Exception;

    /** The chosen reranker as {@code [server, model]}, or null. */
    String[] reranker();

    /** Reorders the best hits with {@code model} on {@code engine} after one test request; null engine: off. */
    void rerank(String engine, String model);

    /** Deletes a set that is not searched: its vectors in the index and its rows in the catalog. */
    void remove(String id) throws Exception;
}
