/**
 * Personal memory: short facts the user asked Zhiku to remember ("记住我的车牌号是沪A12345", "remember that my
 * passport expires in May 2027"), kept in an H2 file on the user's PC and never sent anywhere.
 *
 * <p>{@link dev.zhiku.rag.memory.MemoryCommands} recognizes remember / forget / list requests in a question;
 * {@link dev.zhiku.rag.memory.MemoryStore} keeps the facts and picks the ones relevant to a question by shared
 * words ({@link dev.zhiku.rag.memory.MemoryTerms}: Latin words and Han bigrams), without embeddings. To add a
 * phrasing, add a pattern to {@code MemoryCommands} and a row to its test table. The store keeps its schema
 * version under its own key in {@code meta}, so it may share a file with the conversation store.
 */
package dev.zhiku.rag.memory;
