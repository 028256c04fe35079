package dev.zhiku.app.ui.models;

import dev.zhiku.llm.catalog.ServerModel;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineModel;
import dev.zhiku.rag.engine.EngineStatus.Problem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/**
 * The model servers part of the Models panel: each server's models with where the server is (this PC, the network,
 * trusted) and the context it reports, a "Use for answers" button for those that may write answers directly, and
 * the current models that need a server, with the command that gets each one there.
 */
final class ServerSection {

    private final EnginesViewModel model;
    private final ResourceBundle bundle;

    ServerSection(EnginesViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
    }

    ListView<ServerRow> serverList() {
        ListView<ServerRow> list = ModelsView.list(model.rows(), "servers.none", bundle, r -> {
            Label name = new Label(r.model() == null ? r.engine().label() : r.model().name());
            name.getStyleClass().add("model-name");
            if (r.model() == null) {
                // in the window's language, with the server's own words (an HTTP code, an error line) as detail
                String why = r.why().kind() == Problem.Kind.NONE ? "—" : MessageFormat.format(
                        bundle.getString("servers.problem." + r.why().kind().name()), r.why().detail(), r.why().where());
                return ModelsView.row(name, r.engine().address() + " · "
                        + MessageFormat.format(bundle.getString("servers.unavailable"), why));
            }
            Button use = new Button(bundle.getString("servers.use"));
            // an embedding or reranking model writes no answers: it is chosen in the embedding model part
            boolean forSearch = dev.zhiku.rag.engine.ModelPurpose.embeds(r.model())
                    || dev.zhiku.rag.engine.ModelPurpose.reranks(r.model());
            use.setDisable(!r.choosable() || forSearch);
            use.setOnAction(e -> model.use(r));
            String detail = detail(r.engine(), r.model()) + (forSearch ? " · " + bundle.getString("servers.forSearch")
                    : "");
            HBox row = ModelsView.row(name, detail, use);
            if (r.active()) {
                Label active = new Label(bundle.getString("installed.active"));
                active.getStyleClass().add("active-badge");
                row.getChildren().add(1, active);
            }
            return row;
        });
        list.getStyleClass().add("server-list");
        list.setMinHeight(170);
        return list;
    }

    ListView<ServerModel> newerList() {
        ListView<ServerModel> list = ModelsView.list(model.newerModels(), "servers.none", bundle, m -> {
            Label name = new Label(m.name());
            name.getStyleClass().add("model-name");
            String quality = bundle.getString("chinese." + m.chineseQuality().name());
            Label command = new Label(MessageFormat.format(bundle.getString("newer.commands"), m.pullCommand(),
                    m.useCommand()));
            command.getStyleClass().add("model-command");
            command.setMinWidth(0);
            String detail = MessageFormat.format(bundle.getString("newer.row"), quality, m.family());
            return ModelsView.row(name, detail, command);
        });
        list.getStyleClass().add("newer-list");
        list.setMinHeight(170);
        return list;
    }

    /** "Ollama · this PC · context 8192 · qwen35 4B Q4_K_M". */
    private String detail(Engine engine, EngineModel m) {
        String where = switch (engine.reach()) {
            case LOCAL -> bundle.getString("servers.here");
            case TRUSTED_NETWORK -> MessageFormat.format(bundle.getString("servers.trusted"), engine.trustedAt());
            case NETWORK -> MessageFormat.format(bundle.getString("servers.network"), engine.name());
        };
        String context = m.contextLength() > 0
                ? MessageFormat.format(bundle.getString("servers.context"), String.valueOf(m.contextLength()))
                : MessageFormat.format(bundle.getString("servers.contextSetting"),
                        String.valueOf(engine.contextSetting()));
        String facts = m.detail().isEmpty() ? "" : " · " + m.detail();
        return String.format(Locale.ROOT, "%s · %s · %s%s", engine.label(), where, context, facts);
    }
}
