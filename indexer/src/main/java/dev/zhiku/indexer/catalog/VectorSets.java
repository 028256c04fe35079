package dev.zhiku.indexer.catalog;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The vector sets a knowledge base has and which one is searched.
 *
 * @param active the id of the model whose vectors are searched
 * @param sets   the sets recorded (the bundled model's only once it was switched to or from)
 */
public record VectorSets(String active, List<VectorSet> sets) {

    public VectorSets {
        sets = List.copyOf(sets);
    }

    public static VectorSets read(Catalog catalog) throws SQLException {
        return new VectorSets(catalog.activeVectorSet(), catalog.vectorSets());
    }

    /** A set being built (not complete, not searched), if any: the newest. */
    public Optional<VectorSet> building() {
        return sets.stream().filter(s -> s.state() == VectorSet.State.BUILDING && !s.id().equals(active))
                .max(java.util.Comparator.comparingLong(VectorSet::updatedMillis));
    }
}
