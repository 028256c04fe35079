package dev.zhiku.indexer.extract;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;

/** Turns what went wrong while reading a file into a reason a person can act on. */
final class FailureExplainer {

    private FailureExplainer() {
    }

    static ExtractionFailure explain(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return ExtractionFailure.failed("password-protected: Zhiku cannot open it without the password; "
                        + "save a copy without protection to index it", error);
            }
            if (t instanceof ZeroByteFileException) {
                return ExtractionFailure.skipped("empty file");
            }
            if (t instanceof UnsupportedFormatException) {
                return ExtractionFailure.failed("this version of the format is not supported", error);
            }
            if (t instanceof AccessDeniedException) {
                return ExtractionFailure.failed("permission denied: Zhiku may not read this file", error);
            }
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
                return ExtractionFailure.skipped("the file disappeared before it could be read");
            }
            if (t instanceof OutOfMemoryError) {
                return ExtractionFailure.failed("too large to read within Zhiku's memory limit", null);
            }
        }
        String xml = xmlReason(error);
        if (xml != null) {
            return ExtractionFailure.failed(xml, error);
        }
        String detail = rootMessage(error);
        return ExtractionFailure.failed("damaged or unreadable file" + (detail.isEmpty() ? "" : ": " + detail),
                error);
    }

    /** XML parser messages (JAXP codes, feature URLs) rewritten as what the file does and what Zhiku refused. */
    private static String xmlReason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("DOCTYPE is disallowed") || m.contains("JAXP00010001") || m.contains("JAXP00010002")
                    || m.contains("JAXP00010003") || m.contains("JAXP00010004") || m.contains("entity expansion")
                    || m.contains("EntityExpansion") || m.contains("External Entity")) {
                return "this file uses XML entity expansion (a DOCTYPE with entities), which Zhiku refuses for "
                        + "safety (it can be used to exhaust memory or read other files); save it without the "
                        + "DOCTYPE to index it";
            }
        }
        return null;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
