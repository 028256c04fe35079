package dev.zhiku.app.ui.models;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.ui.AppServices;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.Reranker;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.VectorSetBuilder;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.catalog.VectorSets;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineProbe;
import dev.zhiku.rag.engine.EngineStatus;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@link EmbeddingServices} over the window's services: its wiring, indexer and knowledge base. */
final class AppEmbeddingServices implements EmbeddingServices {

    private final AppServices app;
    private final Wiring wiring;

    AppEmbeddingServices(AppServices app) {
        this.app = app;
        this.wiring = app.wiring();
    }

    @Override
    public VectorSets sets() {
        return wiring.vectorSets();
    }

    @Override
    public boolean hasIndex() {
        return Files.exists(app.home().indexDir());
    }

    @Override
    public List<EngineStatus> servers() {
        wiring.allowNetworkEngines();
        List<EngineStatus> out = new ArrayList<>();
        try (EngineProbe probe = new EngineProbe()) {
            for (Engine engine : wiring.engines().all()) {
                out.add(probe.probe(engine, wiring.engineKey(engine)));
            }
        }
        return out;
    }

    @Override
    public String stoppedSwitch() {
        return wiring.stoppedSwitch();
    }

    @Override
    public void markStopped(String id) {
        wiring.markSwitchStopped(id);
    }

    @Override
    public EmbeddingModel open(EmbeddingTarget target) {
        if (target.isBundled()) {
            return wiring.bundledEmbeddings();
        }
        return wiring.serverEmbeddings(engine(target.engine()), target.model(), target.queryPrefix());
    }

    private Engine engine(String name) {
        return wiring.engines().find(name).orElseThrow(() -> new IllegalArgumentException("no server named " + name
                + " (it was removed from the list of servers); add it again in Models or with `zhiku engines add`"));
    }

    @Override
    public VectorSet advance(EmbeddingModel model, VectorSet registered, IndexControl control,
                             Consumer<VectorSet> progress) throws Exception {
        return app.indexingService().betweenRuns(indexer -> {
            VectorSet set = new VectorSetBuilder(indexer.index(), indexer.catalog(), model, control)
                    .advance(registered, progress, 1);
            if (set.state() == VectorSet.State.COMPLETE) {
                // still between two indexing runs: no run can write the old model's vectors after the pointer moved
                app.embeddingModelChanged();
            }
            return set;
        });
    }

    @Override
    public String[] reranker() {
        return wiring.rerankerChoice();
    }

    @Override
    public void rerank(String engineName, String model) {
        if (engineName == null) {
            wiring.chooseReranker(null, "");
        } else {
            Engine engine = engine(engineName);
            try (Reranker reranker = wiring.serverReranker(engine, model)) {
                reranker.scores("a test question", List.of("a test passage"));
            }
            wiring.chooseReranker(engine, model);
        }
        app.rerankerChanged();
    }

    @Override
    public void remove(String id) throws Exception {
        app.indexingService().betweenRuns(indexer -> {
            new dev.zhiku.indexer.VectorSetRemoval(indexer.index(), indexer.catalog()).remove(id);
            if (wiring.stoppedSwitch().equals(id)) {
                wiring.markSwitchStopped("");
            }
            return null;
        });
    }
}
