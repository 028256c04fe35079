/**
 * Zhiku's shared vocabulary: records that travel between modules and the interfaces modules meet at.
 *
 * <p>This package depends on the JDK and slf4j only. To add a capability that several modules share,
 * add a record or an interface here and implement it in {@code indexer}, {@code rag} or
 * {@code llm-native}; only {@code desktop-app} wires implementations together.
 */
package dev.zhiku.core;
