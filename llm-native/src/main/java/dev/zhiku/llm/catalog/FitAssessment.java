package dev.zhiku.llm.catalog;

/**
 * The advisor's verdict on one model for one machine.
 *
 * @param model the catalog entry
 * @param fit the verdict
 * @param decodeTokensPerSecond expected generation speed (an estimate from memory bandwidth)
 * @param memoryNeededBytes model + KV cache of the default context + headroom
 * @param reason one line for the user
 */
public record FitAssessment(CatalogModel model, Fit fit, double decodeTokensPerSecond, long memoryNeededBytes,
        String reason) {
}
