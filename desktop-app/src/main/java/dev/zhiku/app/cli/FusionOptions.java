package dev.zhiku.app.cli;

import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.store.FusionSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Tuning options shared by {@code search} and {@code eval}, used to choose fusion weights by measurement. */
final class FusionOptions {

    static final Set<String> NAMES = Set.of("--keyword-weight", "--vector-weight", "--candidates", "--boost",
            "--rank-constant", "--cross-lingual-weight", "--across-weight", "--explained-coverage");

    private FusionOptions() {
    }

    /** The given option names plus the tuning options. */
    static Set<String> plus(Set<String> names) {
        Set<String> all = new java.util.HashSet<>(names);
        all.addAll(NAMES);
        return all;
    }

    static IndexerSettings apply(CliArgs args, IndexerSettings settings) throws UsageException {
        FusionSettings f = settings.fusion();
        Map<String, Float> boosts = new HashMap<>(f.fieldBoosts());
        for (String b : args.values("--boost")) {
            String[] kv = b.split("=", 2);
            if (kv.length != 2 || !boosts.containsKey(kv[0])) {
                throw new UsageException("--boost takes FIELD=WEIGHT with a field among " + boosts.keySet());
            }
            boosts.put(kv[0], (float) number(kv[1], "--boost"));
        }
        return settings.withFusion(new FusionSettings(
                args.intValue("--candidates", f.candidates(), 1, 10_000),
                args.value("--keyword-weight") == null ? f.keywordWeight()
                        : number(args.value("--keyword-weight"), "--keyword-weight"),
                args.value("--vector-weight") == null ? f.vectorWeight()
                        : number(args.value("--vector-weight"), "--vector-weight"),
                args.value("--cross-lingual-weight") == null ? f.crossLingualWeight()
                        : number(args.value("--cross-lingual-weight"), "--cross-lingual-weight"),
                args.value("--across-weight") == null ? f.acrossWeight()
                        : number(args.value("--across-weight"), "--across-weight"),
                args.value("--explained-coverage") == null ? f.explainedCoverage()
                        : number(args.value("--explained-coverage"), "--explained-coverage"),
                args.intValue("--rank-constant", f.rankConstant(), 0, 10_000), boosts));
    }

    private static double number(String v, String option) throws UsageException {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, not " + v);
        }
    }
}
