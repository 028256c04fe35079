package dev.zhiku.app.ui.models;

import dev.zhiku.llm.catalog.FitAssessment;
import dev.zhiku.llm.discovery.DiscoveredModel;
import dev.zhiku.llm.library.InstalledModel;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The one-line descriptions of the panel's rows, in the bundle's language. */
final class ModelRows {

    private ModelRows() {
    }

    static String installed(InstalledModel m, ResourceBundle b) {
        if (!m.check().ok()) {
            return MessageFormat.format(b.getString("installed.cannotLoad"), m.check().reason());
        }
        return m.check().facts().map(f -> MessageFormat.format(b.getString("installed.facts"), f.architecture(),
                f.quantization(), gb(f.memoryNeeded()))).orElse(b.getString("installed.ready"));
    }

    static String discovered(DiscoveredModel d, ResourceBundle b) {
        String source = b.getString("source." + d.source().name());
        String facts = d.facts().map(f -> f.loadable() ? f.architecture() + " " + f.quantization()
                : MessageFormat.format(b.getString("installed.cannotLoad"), f.reason())).orElse("");
        return source + " · " + gb(d.sizeBytes()) + " GB · " + facts;
    }

    static String fit(FitAssessment f, ResourceBundle b) {
        return b.getString("fit." + f.fit().name()) + " · " + MessageFormat.format(b.getString("fit.speed"),
                String.format(Locale.ROOT, "%.0f", f.decodeTokensPerSecond()), gb(f.memoryNeededBytes()));
    }

    static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e9);
    }
}
