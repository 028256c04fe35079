package dev.zhiku.llm.catalog;

import dev.zhiku.llm.hardware.Hardware;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Judges whether a catalog model suits a machine. Decoding a quantized model reads every weight once per token,
 * so the expected speed is {@code bandwidth × efficiency / model bytes}; memory must hold the model, the KV cache
 * of a {@value #DEFAULT_CONTEXT}-token context and {@value #HEADROOM_BYTES} bytes for the app and the system.
 *
 * <p>{@link #DEFAULT_EFFICIENCY} maps the {@link dev.zhiku.llm.hardware.BandwidthMeter} figure onto llama.cpp's
 * real decode speed. Calibrated on the 2-core reference machine, where the meter reads about 9 GB/s and llama.cpp
 * decodes 0.5B Q4 at about 40 tokens/s and 1.5B Q4 at about 21 tokens/s (docs/decisions/0007-model-fit.md).
 */
public final class FitAdvisor {

    /** Calibrated constant, see the class comment. */
    public static final double DEFAULT_EFFICIENCY = 1.5;
    /** Where a local answer starts to feel usable. */
    public static final double USABLE_TOKENS_PER_SECOND = 20;
    public static final int DEFAULT_CONTEXT = 4096;
    public static final long HEADROOM_BYTES = 1L << 30;
    /** Assumed when the bandwidth was not measured: a modest dual-channel laptop as the meter would read it. */
    public static final long FALLBACK_BANDWIDTH = 8_000_000_000L;

    private final double efficiency;

    public FitAdvisor() {
        this(DEFAULT_EFFICIENCY);
    }

    public FitAdvisor(double efficiency) {
        this.efficiency = efficiency;
    }

    public List<FitAssessment> assessAll(Collection<CatalogModel> models, Hardware hardware) {
        return models.stream().map(model -> assess(model, hardware)).toList();
    }

    public FitAssessment assess(CatalogModel model, Hardware hardware) {
        double tokensPerSecond = tokensPerSecond(model, hardware);
        long needed = model.sizeBytes() + model.kvCacheBytes(DEFAULT_CONTEXT) + HEADROOM_BYTES;
        if (hardware.hasFeature("avx") && !hardware.hasFeature("avx2")) {
            return new FitAssessment(model, Fit.WONT_FIT, tokensPerSecond, needed,
                    "this CPU lacks AVX2, which the bundled llama.cpp needs");
        }
        if (needed > hardware.availableRamBytes()) {
            return new FitAssessment(model, Fit.WONT_FIT, tokensPerSecond, needed, String.format(Locale.ROOT,
                    "needs %s of memory with a %d-token context, %s available; close programs or pick a smaller model",
                    gigabytes(needed), DEFAULT_CONTEXT, gigabytes(hardware.availableRamBytes())));
        }
        if (tokensPerSecond < USABLE_TOKENS_PER_SECOND) {
            return new FitAssessment(model, Fit.MAY_BE_SLOW, tokensPerSecond, needed, String.format(Locale.ROOT,
                    "fits in memory but about %.0f tokens/s expected, below the %.0f that feels fluent",
                    tokensPerSecond, USABLE_TOKENS_PER_SECOND));
        }
        return new FitAssessment(model, Fit.FITS_WELL, tokensPerSecond, needed, String.format(Locale.ROOT,
                "about %.0f tokens/s expected; needs %s of %s available",
                tokensPerSecond, gigabytes(needed), gigabytes(hardware.availableRamBytes())));
    }

    /** Expected decode speed of the model on this machine. */
    public double tokensPerSecond(CatalogModel model, Hardware hardware) {
        long bandwidth = hardware.memoryBandwidthBytesPerSecond() > 0 ? hardware.memoryBandwidthBytesPerSecond()
                : FALLBACK_BANDWIDTH;
        return bandwidth * efficiency / model.sizeBytes();
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
