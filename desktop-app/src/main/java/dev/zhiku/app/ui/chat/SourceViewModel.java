package dev.zhiku.app.ui.chat;

import dev.zhiku.app.ui.fx.UiThread;
import dev.zhiku.core.Citation;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The passage behind a citation chip: which file, which page, the cited words in their surroundings. */
public final class SourceViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SourceViewModel.class);

    private final UiThread ui;
    private final Executor io;
    private final FileOpener opener;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyObjectWrapper<Citation> citation = new ReadOnlyObjectWrapper<>(this, "citation");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyObjectWrapper<SourceExcerpt> excerpt = new ReadOnlyObjectWrapper<>(this, "excerpt");
    private final ReadOnlyStringWrapper openError = new ReadOnlyStringWrapper(this, "openError", "");

    public SourceViewModel(UiThread ui, Executor io, FileOpener opener) {
        this.ui = ui;
        this.io = io;
        this.opener = opener;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Citation> citationProperty() {
        return citation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The cited words with their surroundings; the snippet alone until the file is read. */
    public ReadOnlyObjectProperty<SourceExcerpt> excerptProperty() {
        return excerpt.getReadOnlyProperty();
    }

    /** Why the file could not be opened, or empty. */
    public ReadOnlyStringProperty openErrorProperty() {
        return openError.getReadOnlyProperty();
    }

    public void show(Citation cited) {
        fileName.set(fileName(cited.path()));
        openError.set("");
        citation.set(cited);
        excerpt.set(new SourceExcerpt("", cited.snippet() == null ? "" : cited.snippet().strip(), ""));
        showing.set(true);
        io.execute(() -> {
            SourceExcerpt read = SourceExcerpt.of(cited);
            ui.run(() -> {
                if (cited.equals(citation.get())) {
                    excerpt.set(read);
                }
            });
        });
    }

    public void close() {
        showing.set(false);
    }

    /** Opens the cited file in its viewer; a failure becomes {@link #openErrorProperty()}, never an exception. */
    public void openFile() {
        Citation cited = citation.get();
        if (cited == null) {
            return;
        }
        openError.set("");
        io.execute(() -> {
            try {
                opener.open(Path.of(cited.path()), cited.page());
            } catch (Exception e) {
                LOG.warn("Could not open {}", cited.path(), e);
                String reason = ErrorText.of(e);
                ui.run(() -> openError.set(reason));
            }
        });
    }

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
