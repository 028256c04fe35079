package dev.zhiku.app.ui.models;

import dev.zhiku.app.Wiring;
import dev.zhiku.llm.catalog.CatalogModel;
import dev.zhiku.llm.catalog.FitAdvisor;
import dev.zhiku.llm.catalog.MirrorSettings;
import dev.zhiku.llm.catalog.ModelCatalog;
import dev.zhiku.llm.discovery.DiscoveredModel;
import dev.zhiku.llm.discovery.ModelDiscovery;
import dev.zhiku.llm.download.ModelDownloader;
import dev.zhiku.llm.hardware.Hardware;
import dev.zhiku.llm.library.GgufFactsReader;
import dev.zhiku.llm.library.ModelLibrary;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the Models panel uses: all real llm-native parts. Suppliers are called on a background thread.
 *
 * @param library    the user's installed models
 * @param discovery  models of other applications found on this PC
 * @param catalog    the downloadable models
 * @param hardware   this machine (the probe may take a second the first time)
 * @param advisor    judges each catalog model for the hardware
 * @param downloader fetches model files
 * @param mirror     where downloads come from
 */
public record ModelServices(ModelLibrary library, Supplier<List<DiscoveredModel>> discovery,
                            List<CatalogModel> catalog, Supplier<Hardware> hardware, FitAdvisor advisor,
                            ModelDownloader downloader, MirrorSettings mirror) {

    public ModelServices {
        catalog = List.copyOf(catalog);
    }

    /** The app's services: its home's library, the bundled catalog, Hugging Face (or the mirror given). */
    public static ModelServices of(Wiring wiring, MirrorSettings mirror) {
        return new ModelServices(wiring.modelLibrary(),
                () -> ModelDiscovery.forCurrentUser(List.of(), GgufFactsReader::read).discover(),
                ModelCatalog.bundled().models(), wiring::hardware, new FitAdvisor(), new ModelDownloader(), mirror);
    }
}
