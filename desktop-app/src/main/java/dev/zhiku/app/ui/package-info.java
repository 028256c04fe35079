/**
 * The desktop window (JavaFX, MVVM) — the shell the screens plug into.
 *
 * <p>{@link dev.zhiku.app.ui.ZhikuLauncher} starts {@link dev.zhiku.app.ui.ZhikuApp}, which builds an
 * {@link dev.zhiku.app.ui.AppShell}: {@link dev.zhiku.app.ui.MainWindow} (navigation, content, status bar) over a
 * {@link dev.zhiku.app.ui.MainViewModel}, with services from {@link dev.zhiku.app.ui.AppServices}.
 *
 * <p>To plug in a screen: build {@code new XView(new XViewModel(services, executor), i18n.messages(baseName))} in
 * the matching method of {@link dev.zhiku.app.ui.ShellScreens}. Rules: ViewModels hold javafx.beans properties and
 * call services through the injected {@link dev.zhiku.app.ui.UiExecutor} (never block the FX thread; tests use
 * {@link dev.zhiku.app.ui.DirectUiExecutor}); views bind texts to {@link dev.zhiku.app.ui.Messages#binding} so a
 * language switch re-labels them; every text lives in the package's {@code messages_en.properties} and
 * {@code messages_zh.properties} (UI tests check that both have the same keys); style classes in CSS, never
 * {@code setStyle}; failures go to {@link dev.zhiku.app.ui.ErrorPresenter}, never a stack trace. Keyboard shortcuts
 * (Ctrl+N, Ctrl+L, Ctrl+F, Esc) are hooked with {@link dev.zhiku.app.ui.Shortcuts#on}.
 */
package dev.zhiku.app.ui;
