package dev.zhiku.indexer.catalog;

import java.util.Objects;

/**
 * One model's vectors of the knowledge base, as the catalog records them: which model made them (its id, the
 * server and the model's name there, its dimension) and how far they are.
 *
 * @param id            the model's id, which names its vector field and keys its cached vectors
 * @param dimension     the length of its vectors
 * @param engine        the server's name in {@code engines.json}, or empty for the bundled model
 * @param model         the model's name on that server, or empty for the bundled model
 * @param queryPrefix   the instruction put before every search query, or empty
 * @param state         {@link State#BUILDING} until every passage with vectors has one of this model
 * @param done          passages with this model's vector at the last commit
 * @param total         passages with any model's vector at the last commit
 * @param startedMillis when building began (epoch milliseconds)
 * @param updatedMillis when {@code done} was last written
 */
public record VectorSet(String id, int dimension, String engine, String model, String queryPrefix, State state,
                        long done, long total, long startedMillis, long updatedMillis) {

    /** How far a set is. */
    public enum State { BUILDING, COMPLETE }

    public VectorSet {
        Objects.requireNonNull(id, "id");
        engine = engine == null ? "" : engine;
        model = model == null ? "" : model;
        queryPrefix = queryPrefix == null ? "" : queryPrefix;
        Objects.requireNonNull(state, "state");
    }

    /** Whether a server makes these vectors (not the bundled model). */
    public boolean onServer() {
        return !engine.isEmpty();
    }

    public VectorSet withProgress(State newState, long newDone, long newTotal, long now) {
        return new VectorSet(id, dimension, engine, model, queryPrefix, newState, newDone, newTotal, startedMillis,
                now);
    }

    /**
     * Seconds left at the rate since building began, or -1 while nothing is done yet.
     */
    public long etaSeconds() {
        long elapsed = updatedMillis - startedMillis;
        if (done <= 0 || elapsed <= 0 || state == State.COMPLETE) {
            return state == State.COMPLETE ? 0 : -1;
        }
        return Math.max(0, Math.round((total - done) * (elapsed / 1000.0) / done));
    }
}
