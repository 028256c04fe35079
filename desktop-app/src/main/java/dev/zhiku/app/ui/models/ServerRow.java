package dev.zhiku.app.ui.models;

import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineModel;
import dev.zhiku.rag.engine.EngineStatus.Problem;

/**
 * One row of the model servers list: a model a server offers, or a server that is unavailable.
 *
 * @param engine  the server
 * @param model   the model, or null for an unavailable server (or one without models)
 * @param why     why the server is unavailable ({@link Problem#NONE} for a model's row)
 * @param active  whether answers use this model
 */
public record ServerRow(Engine engine, EngineModel model, Problem why, boolean active) {

    /**
     * Whether the window may choose it: any listed model not chosen already (one on a server on the network that is
     * not trusted then answers only through the cloud path: "Ask the cloud model", preview, consent).
     */
    public boolean choosable() {
        return model != null && !active;
    }
}
