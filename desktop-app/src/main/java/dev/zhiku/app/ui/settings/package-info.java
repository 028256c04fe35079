/**
 * The settings screen: {@link dev.zhiku.app.ui.settings.SettingsView} binds to
 * {@link dev.zhiku.app.ui.settings.SettingsViewModel}, which persists through
 * {@link dev.zhiku.app.ui.settings.UiSettings} ({@code settings.properties} in the home). To add a setting: a key in
 * UiSettings, a property in the ViewModel (saved on change), a row in the view, and its texts in both
 * {@code messages_en.properties} and {@code messages_zh.properties} of this package.
 */
package dev.zhiku.app.ui.settings;
