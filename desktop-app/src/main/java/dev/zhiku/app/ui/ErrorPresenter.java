package dev.zhiku.app.ui;

import dev.zhiku.core.ZhikuHome;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception into a {@link UserMessage} — what happened, in the person's language, and a next step — and
 * shows it; the stack trace only goes to the log file.
 */
public final class ErrorPresenter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);
    private static final int MAX_DETAIL = 200;

    private final Messages messages;
    private final ZhikuHome home;

    public ErrorPresenter(Messages messages, ZhikuHome home) {
        this.messages = messages;
        this.home = home;
    }

    /** The message for {@code failure}; logs the failure with its stack trace. */
    public UserMessage describe(Throwable failure) {
        LOG.warn("shown to the user", failure);
        Throwable root = rootCause(failure);
        String detail = firstLine(root.getMessage());
        if (root instanceof OutOfMemoryError) {
            return new UserMessage(messages.text("error.memory"), messages.text("error.memory.next"));
        }
        if (root instanceof NoSuchFileException) {
            return new UserMessage(messages.format("error.missing", detail), messages.text("error.missing.next"));
        }
        if (root instanceof AccessDeniedException) {
            return new UserMessage(messages.format("error.denied", detail), messages.text("error.denied.next"));
        }
        if (detail.contains("no index")) {
            return new UserMessage(messages.text("error.noIndex"), messages.text("error.noIndex.next"));
        }
        if (root instanceof SQLException && detail.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
            return new UserMessage(messages.text("error.locked"), messages.text("error.locked.next"));
        }
        String what = root instanceof IOException ? messages.format("error.io", detail)
                : messages.format("error.generic", detail);
        return new UserMessage(what, messages.format("error.log.next", home.logsDir()));
    }

    /** Shows {@code failure} in a dialog over {@code owner} (may be null); call on the FX thread. */
    public void show(Window owner, Throwable failure) {
        UserMessage m = describe(failure);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.text("error.title"));
        alert.setHeaderText(m.what());
        alert.setContentText(m.nextStep());
        alert.show();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r
                && (r.getMessage() == null || r instanceof java.util.concurrent.ExecutionException
                || r instanceof java.io.UncheckedIOException || r instanceof RuntimeException
                && r.getCause() instanceof IOException)) {
            r = r.getCause();
        }
        return r;
    }

    private String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return messages.text("error.unknown");
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
    }
}
