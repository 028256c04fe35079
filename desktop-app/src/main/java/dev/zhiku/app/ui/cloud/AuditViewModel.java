package dev.zhiku.app.ui.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.rag.cloud.AuditEntry;
import dev.zhiku.rag.cloud.AuditLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log as the person sees it: every request that left the PC, newest first; the selected one's exact
 * payload as indented JSON; export as JSON; delete one or all. The log is read and changed through the
 * {@link UiExecutor}.
 */
public final class AuditViewModel {

    /** The most entries listed (the export holds all). */
    static final int SHOWN = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<AuditLog> log;
    private final UiExecutor executor;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper payload = new ReadOnlyStringWrapper(this, "payload", "");
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>(this, "exported");
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>(this, "failure");
    private final BooleanBinding empty = Bindings.isEmpty(entries);

    public AuditViewModel(Supplier<AuditLog> log, UiExecutor executor) {
        this.log = log;
        this.executor = executor;
        selected.addListener((o, before, now) -> payload.set(now == null ? "" : pretty(now.payload())));
    }

    /** Reads the newest entries again. */
    public void refresh() {
        executor.background("audit-list", () -> log.get().list(SHOWN), this::show, failure::set);
    }

    private void show(List<AuditEntry> list) {
        long keep = selected.get() == null ? -1 : selected.get().id();
        entries.setAll(list);
        selected.set(list.stream().filter(e -> e.id() == keep).findFirst().orElse(null));
    }

    /** Writes every entry to {@code file} as a JSON array (each payload as the JSON object that was sent). */
    public void exportTo(Path file) {
        executor.background("audit-export", () -> {
            List<AuditEntry> all = log.get().list(Integer.MAX_VALUE);
            try (OutputStream out = Files.newOutputStream(file)) {
                AuditLog.exportJson(all, out);
            }
            return file;
        }, exported::set, failure::set);
    }

    /** Deletes the selected entry. */
    public void deleteSelected() {
        AuditEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        executor.background("audit-delete", () -> log.get().delete(entry.id()), deleted -> {
            selected.set(null);
            refresh();
        }, failure::set);
    }

    /** Deletes every entry (the view asks first). */
    public void deleteAll() {
        executor.background("audit-delete-all", () -> log.get().deleteAll(), count -> {
            selected.set(null);
            refresh();
        }, failure::set);
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    /** The selected entry's payload, indented; empty when none is selected. */
    public ReadOnlyStringProperty payloadProperty() {
        return payload.getReadOnlyProperty();
    }

    /** Whether nothing has left the PC (as far as the log remembers). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** The file of the last export. */
    public ObjectProperty<Path> exportedProperty() {
        return exported;
    }

    /** The last failure, for the view to present. */
    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    /** A JSON payload indented for reading; anything else as it is. */
    static String pretty(String payload) {
        try {
            return JSON.writeValueAsString(JSON.readTree(payload));
        } catch (IOException notJson) {
            return payload;
        }
    }
}
