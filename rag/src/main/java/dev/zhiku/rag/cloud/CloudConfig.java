package dev.zhiku.rag.cloud;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The user's cloud settings, kept in {@value #FILE_NAME} in the home: the policy, the service and the terms to
 * redact. The API key is not here: it lives encrypted in the {@link SecretStore}.
 *
 * @param policy        when questions may go to the cloud
 * @param baseUri       the service's API base, or empty when none is set up
 * @param model         the model to ask for, or empty
 * @param contextLength tokens the cloud model attends to
 * @param redactTerms   the user's own words to replace before sending (names, project code words)
 */
public record CloudConfig(EscalationPolicy policy, String baseUri, String model, int contextLength,
                          List<String> redactTerms) {

    public static final String FILE_NAME = "cloud.properties";

    public CloudConfig {
        baseUri = baseUri == null ? "" : baseUri.strip();
        model = model == null ? "" : model.strip();
        redactTerms = redactTerms == null ? List.of()
                : redactTerms.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        contextLength = Math.max(1_024, contextLength);
    }

    /** Ask each time, no service yet, a 32k context, no terms. */
    public static CloudConfig defaults() {
        return new CloudConfig(EscalationPolicy.ASK, "", "", 32_768, List.of());
    }

    /** Whether a service and a model are set. */
    public boolean isConfigured() {
        return !baseUri.isEmpty() && !model.isEmpty();
    }

    /** Why {@link #baseUri()} is not a usable address, or empty when it is. */
    public String addressProblem() {
        try {
            URI uri = new URI(baseUri);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                return "the address must start with https:// (or http:// for a server on this PC or network)";
            }
            return "";
        } catch (URISyntaxException e) {
            return "the address is not valid: " + e.getReason();
        }
    }

    /** The connection settings with the key; timeouts and retries are the defaults. */
    public CloudSettings settings(String apiKey) {
        return CloudSettings.of(URI.create(baseUri), model, apiKey).withContextLength(contextLength);
    }

    public CloudConfig withPolicy(EscalationPolicy p) {
        return new CloudConfig(p, baseUri, model, contextLength, redactTerms);
    }

    public CloudConfig withService(String uri, String modelName) {
        return new CloudConfig(policy, uri, modelName, contextLength, redactTerms);
    }

    public CloudConfig withRedactTerms(List<String> terms) {
        return new CloudConfig(policy, baseUri, model, contextLength, terms);
    }

    /** The settings saved in {@code homeRoot}, or the defaults when there are none. */
    public static CloudConfig load(Path homeRoot) {
        Path file = homeRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        int context;
        try {
            context = Integer.parseInt(p.getProperty("contextLength", "32768").strip());
        } catch (NumberFormatException e) {
            context = 32_768;
        }
        String terms = p.getProperty("redactTerms", "");
        return new CloudConfig(EscalationPolicy.parse(p.getProperty("policy")), p.getProperty("baseUri", ""),
                p.getProperty("model", ""), context, terms.isBlank() ? List.of() : Arrays.asList(terms.split("\n")));
    }

    /** Writes the settings atomically (a crash leaves the old file or the new one, never half of one). */
    public void save(Path homeRoot) {
        Properties p = new Properties();
        p.setProperty("policy", policy.name());
        p.setProperty("baseUri", baseUri);
        p.setProperty("model", model);
        p.setProperty("contextLength", Integer.toString(contextLength));
        p.setProperty("redactTerms", String.join("\n", redactTerms));
        try {
            Files.createDirectories(homeRoot);
            Path tmp = homeRoot.resolve(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Zhiku cloud settings (the API key is stored encrypted elsewhere)");
            }
            try {
                Files.move(tmp, homeRoot.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, homeRoot.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the cloud settings in " + homeRoot + ": " + e.getMessage(), e);
        }
    }
}
