package dev.zhiku.app.ui.models;

import dev.zhiku.app.Wiring;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineList;
import dev.zhiku.rag.engine.EngineProbe;
import dev.zhiku.rag.engine.EngineStatus;
import java.util.function.Function;

/**
 * What the model servers part of the Models panel uses. Called on a background thread.
 *
 * @param engines          the servers of the home and the chosen server model
 * @param probe            asks a server for its models (real HTTP through the outbound gate)
 * @param answeringChanged tells the app that answers now come from another model
 */
public record EngineServices(EngineList engines, Function<Engine, EngineStatus> probe, Runnable answeringChanged) {

    /** The app's: the home's servers, probed with their stored keys. */
    public static EngineServices of(Wiring wiring, Runnable answeringChanged) {
        return new EngineServices(wiring.engines(), engine -> {
            wiring.allowNetworkEngines();
            try (EngineProbe probe = new EngineProbe()) {
                return probe.probe(engine, wiring.engineKey(engine));
            }
        }, answeringChanged);
    }
}
