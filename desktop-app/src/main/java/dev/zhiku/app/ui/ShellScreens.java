package dev.zhiku.app.ui;

import dev.zhiku.app.ui.settings.SettingsView;
import dev.zhiku.app.ui.settings.SettingsViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/**
 * The screens of the app. Chat, search, knowledge and models show a placeholder until their views are wired: replace
 * the body of each method with {@code new XView(new XViewModel(services, executor, …), i18n.messages(…))}.
 */
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

    @Override
    public Node chat() {
        return Placeholder.of(Screen.CHAT, i18n.shell());
    }

    @Override
    public Node search() {
        return Placeholder.of(Screen.SEARCH, i18n.shell());
    }

    @Override
    public Node knowledge() {
        return Placeholder.of(Screen.KNOWLEDGE, i18n.shell());
    }

    @Override
    public Node models() {
        return Placeholder.of(Screen.MODELS, i18n.shell());
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
