package dev.zhiku.indexer;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Gives passages their embeddings: from the cache where the same text was embedded before, else computed. */
final class VectorFiller {

    /** The passages with vectors, and the vectors that had to be computed (to be cached). */
    record Filled(List<StoredPassage> passages, Map<String, float[]> fresh) {
    }

    private VectorFiller() {
    }

    static Filled fill(List<StoredPassage> passages, Catalog catalog, EmbeddingModel model, int batch)
            throws SQLException {
        return fill(passages, catalog, model, batch, hashes -> Map.of());
    }

    /**
     * Like {@link #fill(List, Catalog, EmbeddingModel, int)}, also taking vectors from {@code recent} (computed in
     * this run but not yet in the catalog's cache). A text is embedded once however often it occurs: copies of a
     * file, and boilerplate repeated on every page of a document under the same headings, share one vector.
     */
    static Filled fill(List<StoredPassage> passages, Catalog catalog, EmbeddingModel model, int batch,
                       Function<Collection<String>, Map<String, float[]>> recent) throws SQLException {
        List<String> hashes = passages.stream().filter(p -> p.vector() == null).map(StoredPassage::chunkHash)
                .distinct().toList();
        Map<String, float[]> known = new HashMap<>(catalog.cachedVectors(model.id(), hashes));
        List<String> notCached = hashes.stream().filter(h -> !known.containsKey(h)).toList();
        if (!notCached.isEmpty()) {
            known.putAll(recent.apply(notCached));
        }
        Map<String, float[]> fresh = new HashMap<>();
        Map<String, StoredPassage> missing = new LinkedHashMap<>();
        for (StoredPassage p : passages) {
            if (p.vector() == null && !known.containsKey(p.chunkHash())) {
                missing.putIfAbsent(p.chunkHash(), p);
            }
        }
        List<StoredPassage> unique = List.copyOf(missing.values());
        for (int i = 0; i < unique.size(); i += batch) {
            List<StoredPassage> slice = unique.subList(i, Math.min(unique.size(), i + batch));
            List<String> texts = slice.stream().map(p -> PassageIndex.contextualText(p.passage())).toList();
            List<float[]> vectors = model.embedPassages(texts);
            for (int j = 0; j < slice.size(); j++) {
                fresh.put(slice.get(j).chunkHash(), vectors.get(j));
            }
        }
        known.putAll(fresh);
        List<StoredPassage> out = new ArrayList<>(passages.size());
        for (StoredPassage p : passages) {
            out.add(p.vector() != null ? p : p.withVector(known.get(p.chunkHash())));
        }
        return new Filled(out, fresh);
    }

    /** Vectors for all passages if every one is cached (a moved or unchanged text), otherwise null. */
    static List<StoredPassage> fromCacheOnly(List<StoredPassage> passages, Catalog catalog, String model)
            throws SQLException {
        List<String> hashes = passages.stream().map(StoredPassage::chunkHash).distinct().toList();
        Map<String, float[]> known = catalog.cachedVectors(model, hashes);
        if (known.size() < hashes.size()) {
            return null;
        }
        return passages.stream().map(p -> p.withVector(known.get(p.chunkHash()))).toList();
    }
}
