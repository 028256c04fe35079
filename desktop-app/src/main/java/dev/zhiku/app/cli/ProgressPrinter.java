package dev.zhiku.app.cli;

import dev.zhiku.core.IndexProgress;
import dev.zhiku.core.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Shows indexing progress: a bar redrawn in place on a terminal, a plain line every few seconds otherwise. */
final class ProgressPrinter implements ProgressListener {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR = 28;

    private final PrintStream err;
    private final boolean terminal;
    private long lastLine;
    private boolean drawn;

    ProgressPrinter(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onProgress(IndexProgress p) {
        boolean last = p.phase() == IndexProgress.Phase.DONE || p.phase() == IndexProgress.Phase.CANCELLED;
        if (terminal) {
            err.print("\r" + line(p) + "\u001b[K");
            drawn = true;
            if (last) {
                err.println();
                drawn = false;
            }
        } else {
            long now = System.nanoTime();
            if (last || now - lastLine >= LINE_INTERVAL_NANOS) {
                lastLine = now;
                err.println(line(p));
            }
        }
        err.flush();
    }

    synchronized void end() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    static String line(IndexProgress p) {
        boolean embedding = p.passagesTotal() > 0;
        long done = embedding ? p.passagesDone() : p.filesDone();
        long total = embedding ? p.passagesTotal() : p.filesTotal();
        double fraction = total == 0 ? 1 : Math.min(1, done / (double) total);
        int filled = (int) Math.round(fraction * BAR);
        String what = embedding ? "vectors" : "reading";
        String eta = p.eta() == null ? "" : " ETA " + format(p.eta());
        String rate = embedding ? "" : String.format(Locale.ROOT, " %.1f files/s", p.filesPerSecond());
        String current = p.currentFile().isEmpty() ? "" : "  " + shorten(p.currentFile(), 40);
        return String.format(Locale.ROOT, "%-7s [%s%s] %d/%d%s%s%s", what, "#".repeat(filled),
                " ".repeat(BAR - filled), done, total, rate, eta, current);
    }

    private static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private static String shorten(String path, int max) {
        return path.length() <= max ? path : "…" + path.substring(path.length() - max + 1);
    }
}
