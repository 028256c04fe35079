package dev.zhiku.llm.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.llm.gguf.GgufValidator;
import dev.zhiku.llm.gguf.ModelCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The models Zhiku knows: GGUF files downloaded into its models folder, and files elsewhere the user added (they
 * stay where they are). Which one answers is remembered in {@code library.json} beside the downloads.
 */
public final class ModelLibrary {

    private static final String REGISTRY = "library.json";
    private static final int CHECK_CONTEXT = 4096;

    private final Path modelsDir;
    private final ObjectMapper json = new ObjectMapper();

    public ModelLibrary(Path modelsDir) {
        this.modelsDir = modelsDir;
    }

    public Path modelsDir() {
        return modelsDir;
    }

    /** Where a download of this file name goes. */
    public Path downloadTarget(String fileName) {
        return modelsDir.resolve(fileName);
    }

    public List<InstalledModel> installed() {
        Registry registry = read();
        Map<String, InstalledModel> models = new LinkedHashMap<>();
        if (Files.isDirectory(modelsDir)) {
            try (Stream<Path> files = Files.list(modelsDir)) {
                files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gguf"))
                        .sorted().forEach(f -> models.put(nameOf(f), model(f, true, registry)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + modelsDir + ": " + e.getMessage(), e);
            }
        }
        for (Path added : registry.added()) {
            models.putIfAbsent(nameOf(added), model(added, false, registry));
        }
        return new ArrayList<>(models.values());
    }

    /** Finds a model by name or path. */
    public Optional<InstalledModel> find(String nameOrPath) {
        return installed().stream().filter(m -> m.name().equalsIgnoreCase(nameOrPath)
                || m.path().toString().equals(nameOrPath)).findFirst();
    }

    /** Registers a GGUF file where it is; refuses one this engine cannot load, saying why. */
    public InstalledModel add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        ModelCheck check = GgufValidator.check(abs, CHECK_CONTEXT, 0);
        if (!check.ok()) {
            throw new IllegalArgumentException(abs.getFileName() + ": " + check.reason());
        }
        Registry r = read();
        List<Path> added = new ArrayList<>(r.added());
        if (!added.contains(abs)) {
            added.add(abs);
        }
        write(new Registry(r.active() == null ? abs.toString() : r.active(), added));
        return find(abs.toString()).orElseThrow();
    }

    /** Forgets a model; a downloaded one is deleted from the models folder, an added one only unregistered. */
    public boolean remove(String nameOrPath) {
        Optional<InstalledModel> model = find(nameOrPath);
        if (model.isEmpty()) {
            return false;
        }
        Registry r = read();
        List<Path> added = new ArrayList<>(r.added());
        added.remove(model.get().path());
        String active = model.get().path().toString().equals(r.active()) ? null : r.active();
        write(new Registry(active, added));
        if (model.get().downloaded()) {
            try {
                Files.deleteIfExists(model.get().path());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + model.get().path() + ": " + e.getMessage(), e);
            }
        }
        return true;
    }

    public void setActive(String nameOrPath) {
        InstalledModel model = find(nameOrPath).orElseThrow(
                () -> new IllegalArgumentException("no model named " + nameOrPath + " (see `zhiku models list`)"));
        write(new Registry(model.path().toString(), read().added()));
    }

    /** The model answers use: the one chosen, else the only one there is. */
    public Optional<InstalledModel> active() {
        List<InstalledModel> all = installed().stream().filter(m -> m.check().ok()).toList();
        return all.stream().filter(InstalledModel::active).findFirst()
                .or(() -> all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty());
    }

    private InstalledModel model(Path file, boolean downloaded, Registry registry) {
        ModelCheck check = GgufValidator.check(file, CHECK_CONTEXT, 0);
        return new InstalledModel(nameOf(file), file, downloaded, file.toString().equals(registry.active()), check);
    }

    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".gguf") ? n.substring(0, n.length() - 5) : n;
    }

    private record Registry(String active, List<Path> added) {
    }

    private Registry read() {
        Path f = modelsDir.resolve(REGISTRY);
        if (!Files.exists(f)) {
            return new Registry(null, List.of());
        }
        try {
            JsonNode root = json.readTree(f.toFile());
            List<Path> added = new ArrayList<>();
            root.path("added").forEach(n -> added.add(Path.of(n.asText())));
            String active = root.path("active").isTextual() ? root.path("active").asText() : null;
            return new Registry(active, added);
        } catch (IOException e) {
            throw new UncheckedIOException(f + " is damaged: " + e.getMessage(), e);
        }
    }

    private void write(Registry r) {
        ObjectNode root = json.createObjectNode();
        if (r.active() != null) {
            root.put("active", r.active());
        }
        ArrayNode added = root.putArray("added");
        r.added().forEach(p -> added.add(p.toString()));
        try {
            Files.createDirectories(modelsDir);
            Path tmp = Files.createTempFile(modelsDir, "library", ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, modelsDir.resolve(REGISTRY), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + modelsDir.resolve(REGISTRY) + ": " + e.getMessage(), e);
        }
    }
}
