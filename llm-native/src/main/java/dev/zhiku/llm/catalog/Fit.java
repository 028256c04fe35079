package dev.zhiku.llm.catalog;

/** How a model suits a machine. */
public enum Fit {
    /** Fits in available memory and decodes at or above the usable speed. */
    FITS_WELL,
    /** Fits, but answers would come slower than feels usable. */
    MAY_BE_SLOW,
    /** Does not fit in available memory, or the CPU cannot run the engine. */
    WONT_FIT
}
