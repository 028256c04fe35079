package dev.zhiku.llm.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The curated list of models this engine loads, read from {@code dev/zhiku/llm/catalog.json}. */
public final class ModelCatalog {

    static final String RESOURCE = "/dev/zhiku/llm/catalog.json";

    private final List<CatalogModel> models;

    private ModelCatalog(List<CatalogModel> models) {
        this.models = List.copyOf(models);
    }

    /** The catalog shipped with Zhiku. */
    public static ModelCatalog bundled() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** A catalog from JSON of the same shape; every entry must carry every required field. */
    public static ModelCatalog read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        CatalogFile file = mapper.readValue(json, CatalogFile.class);
        List<CatalogModel> models = file.models() == null ? List.of() : file.models();
        List<String> problems = new ArrayList<>();
        models.forEach(model -> problems.addAll(CatalogValidation.problems(model)));
        if (!problems.isEmpty()) {
            throw new IOException("Invalid model catalog: " + String.join("; ", problems));
        }
        return new ModelCatalog(models);
    }

    public List<CatalogModel> models() {
        return models;
    }

    public Optional<CatalogModel> byId(String id) {
        return models.stream().filter(model -> model.id().equals(id)).findFirst();
    }

    /** The JSON document: a version, notes for maintainers, and the entries. */
    record CatalogFile(int catalogVersion, String engine, List<String> note, List<CatalogModel> models) {
    }
}
