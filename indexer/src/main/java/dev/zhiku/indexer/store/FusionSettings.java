package dev.zhiku.indexer.store;

import java.util.Map;

/**
 * How keyword and vector results are combined (reciprocal-rank fusion).
 *
 * @param candidates    passages taken from each of the two searches before fusing
 * @param keywordWeight weight of a keyword rank
 * @param vectorWeight  weight of a vector rank
 * @param crossLingualWeight weight of a vector rank for a passage in another language than the question
 * @param rankConstant  the constant k in 1 / (k + rank)
 * @param fieldBoosts   weight of each analysed field in the keyword query
 */
public record FusionSettings(int candidates, double keywordWeight, double vectorWeight,
                             double crossLingualWeight, int rankConstant,
                             Map<String, Float> fieldBoosts) {

    public FusionSettings {
        fieldBoosts = Map.copyOf(fieldBoosts);
    }

    public static FusionSettings defaults() {
        return new FusionSettings(60, 1.0, 1.0, 2.0, 20,
                Map.of(Analyzers.EN, 1.0f, Analyzers.PLAIN, 0.5f, Analyzers.ZH, 1.0f, Analyzers.CJK, 1.0f));
    }
}
