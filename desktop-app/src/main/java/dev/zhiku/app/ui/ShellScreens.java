package dev.zhiku.app.ui;

import dev.zhiku.app.ui.chat.ChatTexts;
import dev.zhiku.app.ui.chat.ChatView;
import dev.zhiku.app.ui.chat.ChatViewModel;
import dev.zhiku.app.ui.knowledge.KnowledgeView;
import dev.zhiku.app.ui.knowledge.KnowledgeViewModel;
import dev.zhiku.app.ui.models.ModelServices;
import dev.zhiku.app.ui.models.ModelsView;
import dev.zhiku.app.ui.models.ModelsViewModel;
import dev.zhiku.app.ui.search.SearchView;
import dev.zhiku.app.ui.search.SearchViewModel;
import dev.zhiku.app.ui.settings.SettingsView;
import dev.zhiku.app.ui.settings.SettingsViewModel;
import dev.zhiku.llm.catalog.MirrorSettings;
import dev.zhiku.rag.memory.MemoryCommandRunner;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/** The screens of the app, each a view over its ViewModel, built from the app's services. */
public class ShellScreens implements Screens {

    protected final AppServices services;
    protected final UiExecutor executor;
    protected final I18n i18n;
    protected final ObjectProperty<Theme> theme;
    protected final Shortcuts shortcuts;

    public ShellScreens(AppServices services, UiExecutor executor, I18n i18n, ObjectProperty<Theme> theme,
                        Shortcuts shortcuts) {
        this.services = services;
        this.executor = executor;
        this.i18n = i18n;
        this.theme = theme;
        this.shortcuts = shortcuts;
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

    /** The answerer is opened on the chat's worker thread, so loading a model never freezes the window. */
    @Override
    public Node chat() {
        ChatViewModel vm = new ChatViewModel((q, l, c) -> answerer().ask(q, l, c),
                services.conversations(), new MemoryCommandRunner(services.memories()),
                dev.zhiku.app.ui.fx.UiThread.fx());
        ChatView view = new ChatView(vm, ChatTexts.bundle(locale()));
        shortcuts.on(Shortcuts.Action.STOP, vm::stop);
        shortcuts.on(Shortcuts.Action.NEW_CHAT, vm::startNew);
        shortcuts.on(Shortcuts.Action.FOCUS_INPUT, () -> view.input().requestFocus());
        return view;
    }

    @Override
    public Node search() {
        SearchViewModel vm = new SearchViewModel(q -> knowledgeBase().search(q),
                dev.zhiku.app.ui.fx.UiThread.fx());
        return new SearchView(vm, SearchView.bundle(locale()));
    }

    @Override
    public Node knowledge() {
        KnowledgeViewModel vm = new KnowledgeViewModel(new SharedIndexing(services.indexingService()),
                dev.zhiku.app.ui.fx.UiThread.fx());
        return new KnowledgeView(vm, KnowledgeView.bundle(locale()));
    }

    @Override
    public Node models() {
        ModelsViewModel vm = new ModelsViewModel(ModelServices.of(services.wiring(), MirrorSettings.defaults()),
                dev.zhiku.app.ui.fx.UiThread.fx());
        return new ModelsView(vm, ModelsView.bundle(locale()));
    }

    @Override
    public Node settings() {
        SettingsViewModel vm = new SettingsViewModel(services.settings(), i18n, theme, services.home().root(),
                executor);
        return new SettingsView(vm, i18n.messages(Messages.baseNameOf(SettingsView.class)));
    }

    @Override
    public Node welcome(Runnable done) {
        WelcomeViewModel vm = new WelcomeViewModel(services, executor, WelcomeViewModel.userHome());
        return new WelcomeView(vm, i18n.shell(), new ErrorPresenter(i18n.shell(), services.home()), done);
    }
}
