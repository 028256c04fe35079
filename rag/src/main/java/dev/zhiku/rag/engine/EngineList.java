package dev.zhiku.rag.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The model servers of one home, kept in {@value #FILE_NAME}: the four well-known servers on this PC's loopback
 * address (always listed), the servers the user added (with their trust and when it was given), and the
 * server model chosen to write answers, if any. Written atomically; read fresh on every call.
 */
public final class EngineList {

    public static final String FILE_NAME = "engines.json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public EngineList(Path homeRoot) {
        this.file = homeRoot.resolve(FILE_NAME);
    }

    /** The well-known servers first, then the added ones in the order they were added. */
    public List<Engine> all() {
        List<Engine> engines = new ArrayList<>();
        for (EngineKind kind : EngineKind.wellKnown()) {
            engines.add(Engine.wellKnown(kind));
        }
        for (Saved s : read().engines()) {
            engines.add(s.toEngine());
        }
        return engines;
    }

    /** The server with this name (case-insensitive), or the one at this address. */
    public Optional<Engine> find(String nameOrAddress) {
        String wanted = nameOrAddress.strip();
        Optional<Engine> named = all().stream().filter(e -> e.name().equalsIgnoreCase(wanted)).findFirst();
        if (named.isPresent() || !wanted.contains(":")) {
            return named;
        }
        try {
            URI root = Engine.rootOf(wanted);
            return all().stream().filter(e -> e.address().equals(root)).findFirst();
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * Adds a server; trust is recorded with the time it was given. Refuses a name already taken.
     *
     * @throws IllegalArgumentException with a sentence the user can act on
     */
    public Engine add(String name, EngineKind kind, URI address, boolean trusted, int contextLength) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' cannot name a server: use letters, digits, '.', '_' "
                    + "or '-' (at most 40)");
        }
        if (all().stream().anyMatch(e -> e.name().equalsIgnoreCase(name))) {
            throw new IllegalArgumentException("a server named '" + name + "' is already listed; choose another "
                    + "name with --name or remove it first");
        }
        Engine engine = new Engine(name, kind, address, trusted, trusted ? Instant.now().toString() : "",
                contextLength, false);
        State state = read();
        List<Saved> saved = new ArrayList<>(state.engines());
        saved.add(Saved.of(engine));
        write(new State(saved, state.active()));
        return engine;
    }

    /** Removes an added server (and the choice of one of its models); false when there is none of that name. */
    public boolean remove(String name) {
        State state = read();
        List<Saved> kept = state.engines().stream().filter(s -> !s.name().equalsIgnoreCase(name)).toList();
        if (kept.size() == state.engines().size()) {
            return false;
        }
        EngineChoice active = state.active() != null && state.active().engine().equalsIgnoreCase(name)
                ? null : state.active();
        write(new State(kept, active));
        return true;
    }

    /** The server model chosen to write answers, if any. */
    public Optional<EngineChoice> active() {
        return Optional.ofNullable(read().active());
    }

    /** Makes answers come from this server model; {@code null} goes back to the bundled engine's model. */
    public void setActive(EngineChoice choice) {
        State state = read();
        write(new State(state.engines(), choice));
    }

    private State read() {
        if (!Files.isRegularFile(file)) {
            return new State(List.of(), null);
        }
        try {
            State s = json.readValue(file.toFile(), State.class);
            return new State(s.engines() == null ? List.of() : s.engines(), s.active());
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            throw new UncheckedIOException("cannot read " + file + " (" + why + "); fix or delete it", e);
        }
    }

    private void write(State state) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            json.writeValue(tmp.toFile(), state);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's document. */
    record State(List<Saved> engines, EngineChoice active) {
    }

    /** An added server as stored. */
    record Saved(String name, String kind, String address, boolean trusted, String trustedAt, int contextLength) {

        static Saved of(Engine e) {
            return new Saved(e.name(), e.kind().key(), e.address().toString(), e.trusted(), e.trustedAt(),
                    e.contextLength());
        }

        Engine toEngine() {
            EngineKind k = EngineKind.parse(kind == null ? "" : kind).orElse(EngineKind.OPENAI_COMPATIBLE);
            return new Engine(name, k, URI.create(address), trusted, trustedAt, contextLength, false);
        }
    }
}
