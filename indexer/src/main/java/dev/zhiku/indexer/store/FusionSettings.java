package dev.zhiku.indexer.store;

import java.util.Map;

/**
 * How keyword and vector results are combined (reciprocal-rank fusion, decisions 0004 and 0017).
 *
 * @param candidates    passages taken from each of the two searches before fusing
 * @param keywordWeight weight of a keyword rank
 * @param vectorWeight  weight of a vector rank
 * @param crossLingualWeight weight of a vector rank for a passage in another language than the question
 * @param acrossWeight  most weight of a rank among the passages in other languages than the question only, given
 *                      in full when the best keyword passage explains none of the question's words
 * @param explainedCoverage keyword coverage of the question (see {@code KeywordCoverage}) from which on the
 *                      other-language list gets no weight
 * @param rankConstant  the constant k in 1 / (k + rank)
 * @param fieldBoosts   weight of each analysed field in the keyword query
 */
public record FusionSettings(int candidates, double keywordWeight, double vectorWeight,
                             double crossLingualWeight, double acrossWeight, double explainedCoverage,
                             int rankConstant, Map<String, Float> fieldBoosts) {

    public FusionSettings {
        fieldBoosts = Map.copyOf(fieldBoosts);
    }

    /** The weight of the other-language list when the best keyword passage covers this share of the question. */
    public double acrossWeight(double keywordCoverage) {
        return explainedCoverage <= 0 ? 0 : acrossWeight * Math.max(0, 1 - keywordCoverage / explainedCoverage);
    }

    public static FusionSettings defaults() {
        return new FusionSettings(60, 1.0, 1.0, 2.0, 4.0, 0.3, 20,
                Map.of(Analyzers.EN, 1.0f, Analyzers.PLAIN, 0.5f, Analyzers.ZH, 1.0f, Analyzers.CJK, 1.0f));
    }
}
