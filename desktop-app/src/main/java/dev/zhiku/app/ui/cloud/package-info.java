/**
 * The cloud in the window: Settings › Cloud ({@link dev.zhiku.app.ui.cloud.CloudSettingsView}), the consent preview
 * shown before anything leaves the PC ({@link dev.zhiku.app.ui.cloud.ConsentDialog}, the chat's
 * {@link dev.zhiku.app.ui.chat.ConsentPrompt}) and the audit log of what did
 * ({@link dev.zhiku.app.ui.cloud.AuditView}). MVVM as everywhere: the ViewModels call the
 * {@code dev.zhiku.rag.cloud} services through a {@link dev.zhiku.app.ui.UiExecutor} and never touch a control;
 * the views bind. Texts are in {@code messages_*.properties}, styles in {@code cloud.css}.
 *
 * <p>To extend: a new fact in the preview is a property of {@code CloudRequest} shown by {@code ConsentDialog}; a
 * new setting is a {@code CloudConfig} field, a property of {@code CloudSettingsViewModel} and a row of the view.
 * The API key must only ever reach the {@code SecretStore}.
 */
package dev.zhiku.app.ui.cloud;
