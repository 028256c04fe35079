package dev.zhiku.llm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.PowerState;
import dev.zhiku.llm.hardware.Hardware;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FitAdvisorTest {

    private static final long GB = 1_000_000_000L;
    private final ModelCatalog catalog = ModelCatalog.bundled();
    private final FitAdvisor advisor = new FitAdvisor();

    @Test
    void referenceMachineReproducesTheMeasuredSpeeds() {
        Hardware reference = machine(24 * GB, 20 * GB, 15 * GB);

        double small = advisor.tokensPerSecond(model("qwen2.5-0.5b-instruct-q4_k_m"), reference);
        double medium = advisor.tokensPerSecond(model("qwen2.5-1.5b-instruct-q4_k_m"), reference);

        assertTrue(small > 35 && small < 55, "0.5B: " + small);
        assertTrue(medium > 20 && medium < 24, "1.5B: " + medium);
    }

    @Test
    void smallLaptopRunsOnlyTheSmallModelsAndCannotHoldTheBigOnes() {
        Map<String, Fit> fits = fits(machine(8 * GB, 4 * GB, 15 * GB));

        assertEquals(Fit.FITS_WELL, fits.get("qwen2.5-0.5b-instruct-q4_k_m"));
        assertEquals(Fit.FITS_WELL, fits.get("qwen2.5-1.5b-instruct-q4_k_m"));
        assertEquals(Fit.MAY_BE_SLOW, fits.get("qwen2.5-3b-instruct-q4_k_m"));
        assertEquals(Fit.WONT_FIT, fits.get("qwen2.5-7b-instruct-q4_k_m"));
        assertEquals(Fit.WONT_FIT, fits.get("phi-3.5-mini-instruct-q4_k_m"), "its KV cache is large");
    }

    @Test
    void largeWorkstationRunsEverythingWell() {
        Map<String, Fit> fits = fits(machine(64 * GB, 48 * GB, 80 * GB));

        assertEquals(Set.of(Fit.FITS_WELL), Set.copyOf(fits.values()));
    }

    @Test
    void reasonsSayWhy() {
        Hardware small = machine(8 * GB, 4 * GB, 15 * GB);
        FitAssessment big = advisor.assess(model("qwen2.5-7b-instruct-q4_k_m"), small);
        FitAssessment slow = advisor.assess(model("qwen2.5-3b-instruct-q4_k_m"), small);

        assertTrue(big.reason().startsWith("needs 6.0 GB of memory"), big.reason());
        assertTrue(slow.reason().contains("tokens/s expected, below the 20"), slow.reason());
        assertEquals(Fit.WONT_FIT, advisor.assess(model("qwen2.5-0.5b-instruct-q4_k_m"),
                new Hardware(8 * GB, 6 * GB, 2, 4, "old", Set.of("avx"), PowerState.MAINS, 9 * GB)).fit());
    }

    private Map<String, Fit> fits(Hardware hardware) {
        return advisor.assessAll(catalog.models(), hardware).stream()
                .collect(Collectors.toMap(a -> a.model().id(), FitAssessment::fit));
    }

    private CatalogModel model(String id) {
        return catalog.byId(id).orElseThrow();
    }

    private static Hardware machine(long total, long available, long bandwidth) {
        return new Hardware(total, available, 4, 8, "Test CPU", Set.of("avx", "avx2", "fma"), PowerState.MAINS,
                bandwidth);
    }
}
