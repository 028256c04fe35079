package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.IndexProgress;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/** Writes an {@link IndexProgress} as one line: phase, files done of total, rate and time left. */
final class ProgressText {

    private ProgressText() {
    }

    static String format(IndexProgress p, ResourceBundle bundle) {
        if (p == null) {
            return bundle.getString("progress.idle");
        }
        StringBuilder line = new StringBuilder(bundle.getString("phase." + p.phase().name()));
        line.append(" · ").append(MessageFormat.format(bundle.getString("progress.files"), p.filesDone(),
                p.filesTotal()));
        if (p.filesPerSecond() > 0 && p.phase() != IndexProgress.Phase.DONE) {
            line.append(" · ").append(MessageFormat.format(bundle.getString("progress.rate"),
                    String.format(bundle.getLocale(), "%.1f", p.filesPerSecond())));
        }
        if (p.eta() != null && p.phase() != IndexProgress.Phase.DONE) {
            line.append(" · ").append(MessageFormat.format(bundle.getString("progress.eta"), duration(p.eta())));
        }
        return line.toString();
    }

    /** Fraction for a progress bar: -1 (indeterminate) while the total is unknown. */
    static double fraction(IndexProgress p) {
        if (p == null) {
            return 0;
        }
        if (p.phase() == IndexProgress.Phase.DONE) {
            return 1;
        }
        if (p.phase() == IndexProgress.Phase.EMBEDDING && p.passagesTotal() > 0) {
            return Math.min(1, (double) p.passagesDone() / p.passagesTotal());
        }
        return p.filesTotal() > 0 ? Math.min(1, (double) p.filesDone() / p.filesTotal()) : -1;
    }

    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
