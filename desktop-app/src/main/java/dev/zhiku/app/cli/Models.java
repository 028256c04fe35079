package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.engine.EngineChoice;
import dev.zhiku.rag.engine.EngineList;
import dev.zhiku.rag.engine.EngineProbe;
import dev.zhiku.rag.engine.EngineSelection;
import dev.zhiku.rag.engine.EngineTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the model a command answers with: {@code --model FILE.gguf}, {@code --engine NAME|URL} (with
 * {@code --engine-model M}), none with {@code --no-llm}; else the model chosen with {@code models use} — a server's
 * model before an installed one — or the only one installed.
 */
final class Models {

    private Models() {
    }

    /**
     * What answers: a generator that writes directly (bundled engine, a server on this PC or a trusted one), or a
     * server on the network whose answers must go through the cloud path, or neither (extractive answers).
     *
     * @param generator the answering model, or null
     * @param engine    the server model answering, or null for the bundled engine or none
     */
    record Answering(TextGenerator generator, EngineTarget engine) implements AutoCloseable {

        /** The server on the network (not marked trusted) whose answers go through the cloud path, or null. */
        EngineTarget throughCloud() {
            return engine != null && !engine.engine().reach().direct() ? engine : null;
        }

        @Override
        public void close() {
            if (generator != null) {
                generator.close();
            }
        }
    }

    /**
     * The model options of a command: {@code --no-llm}, {@code --model FILE}, {@code --engine NAME|URL} and
     * {@code --engine-model M} (null when not given).
     */
    record Wanted(boolean noLlm, String model, String engine, String engineModel) {
    }

    /** The model given with the options, else the chosen one; see {@link Answering}. */
    static Answering choose(Wiring wiring, Wanted args) throws Exception {
        if (args.noLlm()) {
            return new Answering(null, null);
        }
        if (args.model() != null) {
            Path file = Path.of(args.model());
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such model file: " + file);
            }
            return new Answering(wiring.localModel(file), null);
        }
        Optional<EngineTarget> server = serverModel(wiring, args);
        if (server.isPresent()) {
            EngineTarget target = server.get();
            return new Answering(target.engine().reach().direct() ? wiring.engineModel(target) : null, target);
        }
        return new Answering(wiring.modelLibrary().active().map(m -> wiring.localModel(m.path())).orElse(null), null);
    }

    /**
     * The generator for commands that answer without a preview ({@code chat}, {@code serve}, {@code eval}): a
     * server on the network not marked trusted is refused there.
     */
    static TextGenerator open(Wiring wiring, Wanted args) throws Exception {
        Answering answering = choose(wiring, args);
        if (answering.throughCloud() != null) {
            throw new UsageException(answering.throughCloud().label() + " is a server on your network that is not "
                    + "marked trusted: ask it with `zhiku ask` (which shows what would be sent first), or add it with "
                    + "`zhiku engines add URL --trusted`");
        }
        return answering.generator();
    }

    private static Optional<EngineTarget> serverModel(Wiring wiring, Wanted args) throws UsageException {
        // a server that cannot be used ends the command with exit 1 and its reason (IllegalArgumentException)
        String engine = args.engine();
        EngineList list = wiring.engines();
        if (engine == null) {
            if (args.engineModel() != null) {
                throw new UsageException("--engine-model needs --engine NAME|URL");
            }
            Optional<EngineChoice> chosen = list.active();
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            engine = chosen.get().engine();
        }
        String wanted = engine;
        wiring.allowNetworkEngines();
        try (EngineProbe probe = new EngineProbe()) {
            String key = list.find(wanted).map(wiring::engineKey).orElse("");
            return Optional.of(EngineSelection.resolve(list, probe, wanted, args.engineModel(), key));
        }
    }
}
