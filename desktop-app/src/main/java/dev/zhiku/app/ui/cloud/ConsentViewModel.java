package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.chat.ConsentDecision;
import dev.zhiku.rag.cloud.CloudRequest;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The consent preview's state: the request as it would leave, and the edit step. Editing shows the user message
 * (sources and question) for changes; {@link #review} redacts the edit again and shows the new payload, so what is
 * sent is always what was last shown — Send is not possible while the text is being edited.
 */
public final class ConsentViewModel {

    private final BiFunction<CloudRequest, String, CloudRequest> editor;
    private final ReadOnlyObjectWrapper<CloudRequest> request;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final BooleanProperty allowConversation = new SimpleBooleanProperty(this, "allowConversation");

    /**
     * @param request the request as planned
     * @param editor  applies an edit of the user message (the escalator's {@code edit}: redacts it again)
     */
    public ConsentViewModel(CloudRequest request, BiFunction<CloudRequest, String, CloudRequest> editor) {
        this.editor = editor;
        this.request = new ReadOnlyObjectWrapper<>(this, "request", request);
        this.text.set(request.payloadText());
    }

    /** The request that Send would send. */
    public ReadOnlyObjectProperty<CloudRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    public CloudRequest request() {
        return request.get();
    }

    /** Whether the user message is being edited (then Send waits for {@link #review}). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The text shown: the exact payload, or while editing the user message to change. */
    public StringProperty textProperty() {
        return text;
    }

    /** "Allow for this conversation": later requests of this conversation go without the preview. */
    public BooleanProperty allowConversationProperty() {
        return allowConversation;
    }

    /** Makes the user message editable. */
    public void edit() {
        if (!editing.get()) {
            text.set(request.get().userText());
            editing.set(true);
        }
    }

    /** Applies the edit: redacted again and shown as the exact payload, ready to send. */
    public void review() {
        if (!editing.get()) {
            return;
        }
        CloudRequest edited = editor.apply(request.get(), text.get());
        request.set(edited);
        editing.set(false);
        text.set(edited.payloadText());
    }

    /** The person agreed; null while the edit has not been reviewed. */
    public ConsentDecision send() {
        if (editing.get()) {
            return null;
        }
        return new ConsentDecision(request.get(), true, allowConversation.get());
    }

    public ConsentDecision cancel() {
        return ConsentDecision.cancelled(request.get());
    }
}
