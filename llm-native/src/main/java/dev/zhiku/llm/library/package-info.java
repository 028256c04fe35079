/**
 * The user's models: downloaded and added GGUF files and which one answers
 * ({@link dev.zhiku.llm.library.ModelLibrary}).
 */
package dev.zhiku.llm.library;
