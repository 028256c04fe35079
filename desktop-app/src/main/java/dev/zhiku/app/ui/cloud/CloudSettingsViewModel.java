package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.CloudPreset;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.SecretStore;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings › Cloud: the policy, the service (base address and model), the API key and the terms to redact. The key
 * goes only to the {@link SecretStore} (encrypted) — never into the settings file, a property kept after saving, or
 * a log line. Nothing is saved until {@link #save}, which validates the address first. Loading and saving run
 * through the {@link UiExecutor}.
 */
public final class CloudSettingsViewModel {

    /** What the last action left to say. */
    public enum Feedback { NONE, SAVED, BAD_ADDRESS, NO_MODEL, KEY_REMOVED, FAILED }

    private final Supplier<CloudConfig> load;
    private final Consumer<CloudConfig> store;
    private final Supplier<SecretStore> secrets;
    private final UiExecutor executor;
    private final ObjectProperty<EscalationPolicy> appliedPolicy;
    private final ObjectProperty<EscalationPolicy> policy = new SimpleObjectProperty<>(this, "policy",
            EscalationPolicy.ASK);
    private final StringProperty baseUri = new SimpleStringProperty(this, "baseUri", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty redactTerms = new SimpleStringProperty(this, "redactTerms", "");
    private final ReadOnlyBooleanWrapper keyStored = new ReadOnlyBooleanWrapper(this, "keyStored");
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback",
            Feedback.NONE);
    private final ReadOnlyStringWrapper feedbackDetail = new ReadOnlyStringWrapper(this, "feedbackDetail", "");
    private CloudConfig loaded = CloudConfig.defaults();

    /**
     * @param load          reads the saved cloud settings
     * @param store         saves them (and applies the policy to the outbound gate)
     * @param secrets       where the API key is kept, opened when first needed
     * @param appliedPolicy the policy the rest of the app follows; set after each successful save
     */
    public CloudSettingsViewModel(Supplier<CloudConfig> load, Consumer<CloudConfig> store,
                                  Supplier<SecretStore> secrets, UiExecutor executor,
                                  ObjectProperty<EscalationPolicy> appliedPolicy) {
        this.load = load;
        this.store = store;
        this.secrets = secrets;
        this.executor = executor;
        this.appliedPolicy = appliedPolicy;
    }

    /** Reads the saved settings and whether a key is stored (in the background). */
    public void load() {
        working.set(true);
        executor.background("cloud-settings", () -> new Loaded(load.get(),
                secrets.get().get(SecretStore.CLOUD_API_KEY).isPresent()), l -> {
                    loaded = l.config();
                    policy.set(l.config().policy());
                    baseUri.set(l.config().baseUri());
                    model.set(l.config().model());
                    redactTerms.set(String.join("\n", l.config().redactTerms()));
                    keyStored.set(l.keyStored());
                    working.set(false);
                }, this::failed);
    }

    private record Loaded(CloudConfig config, boolean keyStored) {
    }

    /** Fills in the address and model of a known service. */
    public void applyPreset(CloudPreset preset) {
        if (preset != null) {
            baseUri.set(preset.baseUri());
            model.set(preset.model());
            feedback.set(Feedback.NONE);
        }
    }

    /**
     * Validates and saves the settings; a key typed in is stored encrypted and the field emptied. False (with the
     * reason in {@link #feedbackProperty}) when the address or the model is not usable.
     */
    public boolean save() {
        String uri = baseUri.get() == null ? "" : baseUri.get().strip();
        String name = model.get() == null ? "" : model.get().strip();
        CloudConfig config = new CloudConfig(policy.get(), uri, name, loaded.contextLength(),
                Arrays.asList((redactTerms.get() == null ? "" : redactTerms.get()).split("\\R")));
        if (!uri.isEmpty() && !config.addressProblem().isEmpty()) {
            feedbackDetail.set(config.addressProblem());
            feedback.set(Feedback.BAD_ADDRESS);
            return false;
        }
        if (!uri.isEmpty() && name.isEmpty()) {
            feedback.set(Feedback.NO_MODEL);
            return false;
        }
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        apiKey.set("");
        working.set(true);
        executor.background("cloud-settings-save", () -> {
            store.accept(config);
            if (!key.isEmpty()) {
                secrets.get().put(SecretStore.CLOUD_API_KEY, key);
            }
            return secrets.get().get(SecretStore.CLOUD_API_KEY).isPresent();
        }, stored -> {
            loaded = config;
            keyStored.set(stored);
            appliedPolicy.set(config.policy());
            redactTerms.set(String.join("\n", config.redactTerms()));
            working.set(false);
            feedback.set(Feedback.SAVED);
        }, this::failed);
        return true;
    }

    /** Deletes the stored key. */
    public void removeKey() {
        working.set(true);
        executor.background("cloud-key-remove", () -> {
            secrets.get().delete(SecretStore.CLOUD_API_KEY);
            return true;
        }, done -> {
            keyStored.set(false);
            working.set(false);
            feedback.set(Feedback.KEY_REMOVED);
        }, this::failed);
    }

    private void failed(Throwable e) {
        working.set(false);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        feedbackDetail.set(message.strip().lines().findFirst().orElse(""));
        feedback.set(Feedback.FAILED);
    }

    public ObjectProperty<EscalationPolicy> policyProperty() {
        return policy;
    }

    public StringProperty baseUriProperty() {
        return baseUri;
    }

    public StringProperty modelProperty() {
        return model;
    }

    /** The key being typed; emptied by {@link #save} (the stored key is never read back into it). */
    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    /** The terms to redact, one per line. */
    public StringProperty redactTermsProperty() {
        return redactTerms;
    }

    public ReadOnlyBooleanProperty keyStoredProperty() {
        return keyStored.getReadOnlyProperty();
    }

    /** Whether loading or saving is under way. */
    public BooleanProperty workingProperty() {
        return working;
    }

    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The particulars of {@link Feedback#BAD_ADDRESS} and {@link Feedback#FAILED}. */
    public ReadOnlyStringProperty feedbackDetailProperty() {
        return feedbackDetail.getReadOnlyProperty();
    }

    /** The services offered to fill in the address and model. */
    public List<CloudPreset> presets() {
        return CloudPreset.all();
    }
}
