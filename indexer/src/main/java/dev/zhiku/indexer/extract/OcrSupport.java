package dev.zhiku.indexer.extract;

import java.util.concurrent.TimeUnit;

/** Whether the Tesseract OCR program is installed (checked once per process). */
public final class OcrSupport {

    private static volatile Boolean available;

    private OcrSupport() {
    }

    public static boolean tesseractAvailable() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
