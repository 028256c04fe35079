package dev.zhiku.app.ui;

import dev.zhiku.app.ui.chat.ChatTexts;
import dev.zhiku.rag.cloud.CloudEscalation;
import dev.zhiku.app.ui.chat.ChatView;
import dev.zhiku.app.ui.chat.ChatViewModel;
import dev.zhiku.app.ui.chat.ChatWorkers;
import dev.zhiku.app.ui.source.FileOpener;
import dev.zhiku.app.ui.source.SourceViewerViewModel;
import dev.zhiku.app.ui.cloud.AuditViewModel;
import dev.zhiku.app.ui.cloud.AuditWindow;
import dev.zhiku.app.ui.cloud.CloudSettingsView;
import dev.zhiku.app.ui.cloud.CloudSettingsViewModel;
import dev.zhiku.app.ui.cloud.ConsentDialog;
import dev.zhiku.app.ui.knowledge.KnowledgeView;
import dev.zhiku.app.ui.knowledge.KnowledgeViewModel;
import dev.zhiku.app.ui.models.EmbeddingServices;
import dev.zhiku.app.ui.models.EmbeddingsViewModel;
import dev.zhiku.app.ui.models.EngineServices;
import dev.zhiku.app.ui.models.EnginesViewModel;
import dev.zhiku.app.ui.models.ModelServices;
import dev.zhiku.app.ui.models.ModelsView;
import dev.zhiku.app.ui.models.ModelsViewModel;
import dev.zhiku.app.ui.search.SearchView;
import dev.zhiku.app.ui.search.SearchViewModel;
import dev.zhiku.app.ui.settings.SettingsView;
import dev.zhiku.app.ui.settings.SettingsViewModel;
import dev.zhiku.llm.catalog.MirrorSettings;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.memory.MemoryCommandRunner;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The screens of the app, each a view over its ViewModel, built from the app's services. */
public class ShellScreens implements Screens {

    private static final Logger LOG = LoggerFactory.getLogger(ShellScreens.class);

    protected final AppServices services;
    protected final UiExecutor executor;
    protected final I18n i18n;
    protected final ObjectProperty<Theme> theme;
    protected final Shortcuts shortcuts;
    /** The saved cloud policy, shared by the chat ("Ask cloud" is hidden under "never") and Settings › Cloud. */
    private final ObjectProperty<EscalationPolicy> cloudPolicy = new SimpleObjectProperty<>(this, "cloudPolicy",
            EscalationPolicy.NEVER);
    private final AuditWindow audit = new AuditWindow();
    /*
     * The ViewModels outlive their views: after a language switch the views that take a fixed bundle are built
     * again (MainWindow asks for them anew), over the same ViewModels, so nothing a person was doing is lost.
     */
    private ChatViewModel chatModel;
    private CloudEscalation chatCloud;
    private SearchViewModel searchModel;
    private KnowledgeViewModel knowledgeModel;
    private ModelsViewModel modelsModel;
    private EnginesViewModel enginesModel;
    /** Built at start, so a switch of embedding model left unfinished resumes without opening Models. */
    private final EmbeddingsViewModel embeddingsModel;
    /** One thread for every source viewer of the window: PDFBox documents are used from it only. */
    private static final java.util.concurrent.Executor SOURCE_VIEWER_THREAD =
            java.util.concurrent.Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("zhiku-source-viewer").daemon(true).factory());

    public ShellScreens(AppServices services, UiExecutor executor, I18n i18n, ObjectProperty<Theme> theme,
                        Shortcuts shortcuts) {
        this.services = services;
        this.executor = executor;
        this.i18n = i18n;
        this.theme = theme;
        this.shortcuts = shortcuts;
        executor.background("cloud-policy", () -> services.applyCloudConfig().policy(), cloudPolicy::set,
                e -> LOG.warn("cannot read the cloud settings; the cloud stays off", e));
        embeddingsModel = new EmbeddingsViewModel(EmbeddingServices.of(services), UiExecutor.fx());
        services.onClose(embeddingsModel);
        embeddingsModel.start();
    }

    private dev.zhiku.rag.Answerer answerer() {
        try {
            return services.answerer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the knowledge base cannot be opened: " + e.getMessage(), e);
        }
    }

    private dev.zhiku.indexer.LocalKnowledgeBase knowledgeBase() {
        try {
            return services.knowledgeBase();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the knowledge base cannot be opened: " + e.getMessage(), e);
        }
    }

    private Locale locale() {
        return i18n.language().locale();
    }

    /**
     * The answerer is opened on the chat's worker thread, so loading a model never freezes the window. "Ask cloud"
     * follows the saved policy and asks for consent with the consent dialog.
     */
    @Override
    public Node chat() {
        if (chatModel == null) {
            chatCloud = services.cloudEscalation();
            chatModel = new ChatViewModel((q, l, c) -> answerer().ask(q, l, c),
                    services.conversations(), new MemoryCommandRunner(services.memories()),
                    UiExecutor.fx(), ChatWorkers.daemon(), sourceViewer(), chatCloud);
            chatModel.cloudPolicyProperty().bind(cloudPolicy);
        }
        ChatViewModel vm = chatModel;
        CloudEscalation cloud = chatCloud;
        ChatView view = new ChatView(vm, ChatTexts.bundle(locale()));
        vm.setConsentPrompt(ConsentDialog.prompt(cloudMessages(),
                () -> view.getScene() == null ? null : view.getScene().getWindow(), cloud::edit));
        shortcuts.on(Shortcuts.Action.STOP, vm::stop);
        shortcuts.on(Shortcuts.Action.NEW_CHAT, vm::startNew);
        shortcuts.on(Shortcuts.Action.FOCUS_INPUT, () -> view.input().requestFocus());
        return view;
    }

    @Override
    public Node search() {
        if (searchModel == null) {
            searchModel = new SearchViewModel(q -> knowledgeBase().search(q), UiExecutor.fx());
        }
        return new SearchView(searchModel, SearchView.bundle(locale()), sourceViewer());
    }

    /** A source viewer over the index's passages, reading and rendering on its own thread. */
    private SourceViewerViewModel sourceViewer() {
        return new SourceViewerViewModel(UiExecutor.fx(), SOURCE_VIEWER_THREAD,
                path -> {
                    try {
                        return knowledgeBase().passages(path);
                    } catch (RuntimeException e) {
                        LOG.warn("the index cannot give the passages of {}; showing what the file gives", path, e);
                        return java.util.List.of();
                    }
                }, FileOpener.system());
    }

    @Override
    public Node knowledge() {
        if (knowledgeModel == null) {
            knowledgeModel = new KnowledgeViewModel(new SharedIndexing(services.indexingService()),
                    UiExecutor.fx());
        }
        return new KnowledgeView(knowledgeModel, KnowledgeView.bundle(locale()));
    }

    @Override
    public Node models() {
        if (modelsModel == null) {
            enginesModel = new EnginesViewModel(EngineServices.of(services.wiring(),
                    services::answeringModelChanged), UiExecutor.fx());
            modelsModel = new ModelsViewModel(ModelServices.of(services.wiring(), MirrorSettings.defaults()),
                    UiExecutor.fx(), enginesModel::useBundled);
        }
        return new ModelsView(modelsModel, enginesModel, embeddingsModel,
                i18n.messages(Messages.baseNameOf(ModelsView.class)), ModelsView.bundle(locale()));
    }

    /** "Switching the embedding model: 40%" while a switch runs (it may have resumed by itself at start). */
    @Override
    public javafx.beans.value.ObservableValue<String> backgroundWork(Messages messages) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            var set = embeddingsModel.progressProperty().get();
            if (!embeddingsModel.runningProperty().get()) {
                return "";
            }
            long percent = set == null || set.total() <= 0 ? 0 : set.done() * 100 / set.total();
            return messages.format("status.reembedding", set == null ? "…" : set.id(), percent);
        }, embeddingsModel.progressProperty(), embeddingsModel.runningProperty(), messages.language());
    }

    /** The general settings, then Settings › Cloud, in one scrolling page. */
    @Override
    public Node settings() {
        SettingsViewModel vm = new SettingsViewModel(services.settings(), i18n, theme, services.home().root(),
                executor);
        SettingsView general = new SettingsView(vm, i18n.messages(Messages.baseNameOf(SettingsView.class)));
        CloudSettingsViewModel cloud = new CloudSettingsViewModel(services::cloudConfig,
                c -> services.wiring().saveCloudConfig(c), () -> services.wiring().secrets(), executor, cloudPolicy);
        VBox page = new VBox(general);
        CloudSettingsView cloudView = new CloudSettingsView(cloud, cloudMessages(), () -> audit.show(
                page.getScene() == null ? null : page.getScene().getWindow(),
                new AuditViewModel(services::auditLog, executor), cloudMessages()));
        page.getChildren().add(cloudView);
        cloud.load();
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");
        return scroll;
    }

    private Messages cloudMessages() {
        return i18n.messages(Messages.baseNameOf(CloudSettingsView.class));
    }

    @Override
    public Node welcome(Runnable done) {
        WelcomeViewModel vm = new WelcomeViewModel(services, executor, WelcomeViewModel.userHome());
        return new WelcomeView(vm, i18n.shell(), new ErrorPresenter(i18n.shell(), services.home()), done);
    }
}
