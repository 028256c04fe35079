package dev.zhiku.indexer.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a model's ONNX graph and tokenizer definition from the classpath. */
final class ModelResources {

    private static final Pattern NORMALIZER_LOWERCASE = Pattern.compile("\"lowercase\"\\s*:\\s*false");

    private ModelResources() {
    }

    static byte[] onnxModel(EmbeddingModelSpec spec) {
        return read(spec.onnxResource(), spec);
    }

    /** The tokenizer.json, with the BERT normalizer switched to lower-casing when the spec asks for it. */
    static byte[] tokenizerJson(EmbeddingModelSpec spec) {
        byte[] json = read(spec.tokenizerResource(), spec);
        if (!spec.lowercase()) {
            return json;
        }
        String text = new String(json, StandardCharsets.UTF_8);
        Matcher matcher = NORMALIZER_LOWERCASE.matcher(text);
        if (!matcher.find()) {
            if (text.contains("\"lowercase\"")) {
                return json; // already lower-cases
            }
            throw new IllegalStateException("tokenizer " + spec.tokenizerResource()
                    + " has no BERT normalizer 'lowercase' flag; cannot lower-case input for " + spec.id());
        }
        int first = matcher.start();
        if (matcher.find()) {
            throw new IllegalStateException("tokenizer " + spec.tokenizerResource()
                    + " has several 'lowercase' flags; refusing to guess which one to change");
        }
        String patched = text.substring(0, first)
                + NORMALIZER_LOWERCASE.matcher(text.substring(first)).replaceFirst("\"lowercase\": true");
        return patched.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource, EmbeddingModelSpec spec) {
        ClassLoader loader = ModelResources.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("embedding model " + spec.id() + ": resource '" + resource
                        + "' is not on the classpath; the jar that ships the model is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding model resource " + resource, e);
        }
    }
}
