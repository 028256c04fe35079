/**
 * The Zhiku application: the composition root that wires implementations together, and the entry point.
 * Business logic belongs in {@code indexer}, {@code rag} or {@code llm-native}, not here.
 */
package dev.zhiku.app;
