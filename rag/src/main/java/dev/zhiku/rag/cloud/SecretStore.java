package dev.zhiku.rag.cloud;

import java.util.Optional;

/** Where API keys are kept: never in the plain settings, never in logs. */
public interface SecretStore {

    /** The name the cloud service's API key is stored under. */
    String CLOUD_API_KEY = "cloud.apiKey";

    /** The secret, or empty when none is stored (or it can no longer be read — the reason is logged). */
    Optional<String> get(String name);

    void put(String name, String value);

    void delete(String name);
}
