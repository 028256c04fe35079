/**
 * Finding GGUF models the user already has: {@link dev.zhiku.llm.discovery.ModelDiscovery} looks in the default
 * folders of LM Studio, Ollama, GPT4All and Jan ({@link dev.zhiku.llm.discovery.ModelFolders}) and in folders
 * the user adds, and reports each file with the facts a GGUF reader found. Only files that start with the GGUF
 * magic count; unreadable folders and symlink loops are skipped, never thrown.
 *
 * <p>To support another application: add its folders to {@link dev.zhiku.llm.discovery.ModelFolders} with a new
 * {@link dev.zhiku.llm.discovery.ModelSource}; if it stores models under content hashes like Ollama, give it a
 * reader like {@code OllamaLibrary}.
 */
package dev.zhiku.llm.discovery;
