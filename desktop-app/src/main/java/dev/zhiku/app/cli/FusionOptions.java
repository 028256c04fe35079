package dev.zhiku.app.cli;

import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.store.FusionSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Tuning options shared by {@code search} and {@code eval} (a picocli mixin), used to choose fusion weights by
 * measurement.
 */
final class FusionOptions {

    @Option(names = "--keyword-weight", paramLabel = "W", description = "weight of a keyword rank (tuning)")
    private Double keywordWeight;

    @Option(names = "--vector-weight", paramLabel = "W", description = "weight of a vector rank (tuning)")
    private Double vectorWeight;

    @Option(names = "--candidates", paramLabel = "N", description = "passages taken from each of the two searches (tuning)")
    private Integer candidates;

    @Option(names = "--boost", paramLabel = "FIELD=WEIGHT", description = "weight of an analysed field in the keyword query (repeatable; tuning)")
    private List<String> boosts;

    @Option(names = "--rank-constant", paramLabel = "N", description = "the constant k in 1 / (k + rank) (tuning)")
    private Integer rankConstant;

    @Option(names = "--cross-lingual-weight", paramLabel = "W", description = "weight of a vector rank for a passage in another language (tuning)")
    private Double crossLingualWeight;

    @Option(names = "--across-weight", paramLabel = "W", description = "most weight of the other-language passages' ranks (tuning)")
    private Double acrossWeight;

    @Option(names = "--explained-coverage", paramLabel = "F", description = "keyword coverage from which other languages get no weight (tuning)")
    private Double explainedCoverage;

    IndexerSettings apply(IndexerSettings settings) throws UsageException {
        FusionSettings f = settings.fusion();
        Map<String, Float> fieldBoosts = new HashMap<>(f.fieldBoosts());
        for (String b : Picocli.given(boosts)) {
            String[] kv = b.split("=", 2);
            if (kv.length != 2 || !fieldBoosts.containsKey(kv[0])) {
                throw new UsageException("--boost takes FIELD=WEIGHT with a field among " + fieldBoosts.keySet());
            }
            fieldBoosts.put(kv[0], (float) number(kv[1], "--boost"));
        }
        return settings.withFusion(new FusionSettings(
                Picocli.bounded("--candidates", candidates, f.candidates(), 1, 10_000),
                keywordWeight == null ? f.keywordWeight() : keywordWeight,
                vectorWeight == null ? f.vectorWeight() : vectorWeight,
                crossLingualWeight == null ? f.crossLingualWeight() : crossLingualWeight,
                acrossWeight == null ? f.acrossWeight() : acrossWeight,
                explainedCoverage == null ? f.explainedCoverage() : explainedCoverage,
                Picocli.bounded("--rank-constant", rankConstant, f.rankConstant(), 0, 10_000), fieldBoosts));
    }

    private static double number(String v, String option) throws UsageException {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, not " + v);
        }
    }
}
