/**
 * The chat screen: conversations in a sidebar, questions and streamed answers with citation chips (file and page,
 * the passage as tooltip, copies folded by {@link dev.zhiku.app.ui.chat.CitationGroups}), and the source viewer of
 * {@code dev.zhiku.app.ui.source} beside them. MVVM: {@link dev.zhiku.app.ui.chat.ChatViewModel} and
 * {@link dev.zhiku.app.ui.chat.ConversationsViewModel} hold
 * JavaFX properties and lists, call services on {@link dev.zhiku.app.ui.chat.ChatWorkers} threads and post
 * results through a {@link dev.zhiku.app.ui.UiExecutor}; they never touch a control, so they are tested
 * without the FX thread. The views ({@link dev.zhiku.app.ui.chat.ChatView} and its parts) only bind and build
 * nodes; styling is in {@code chat.css}, every visible word in {@code messages_*.properties}.
 *
 * <p>To extend: add state to a ViewModel as a property, bind it in the view, add the words to both bundles.
 * Answers come through an {@link dev.zhiku.app.ui.chat.Asker} ({@code answerer::ask} in the app).
 */
package dev.zhiku.app.ui.chat;

import dev.zhiku.app.ui.UiExecutor;
