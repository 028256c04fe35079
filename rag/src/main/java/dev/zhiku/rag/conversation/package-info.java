/**
 * Conversations kept on the user's PC: questions, answers with their citations and timings, in an embedded H2
 * file ({@link dev.zhiku.rag.conversation.ConversationStore}), plus export to Markdown
 * ({@link dev.zhiku.rag.conversation.MarkdownExporter}).
 *
 * <p>To extend the schema, add a step to {@code ConversationSchema} and raise its version: every store is
 * migrated step by step when it is opened, and a file written by a newer Zhiku is refused rather than damaged.
 * The store keeps its version under its own key in the {@code meta} table, so it can share one H2 file with
 * other stores (personal memory, for example).
 */
package dev.zhiku.rag.conversation;
