/**
 * Opening the local database files that several Zhiku processes share
 * ({@link dev.zhiku.core.store.SharedDatabaseFile}). Stores in {@code indexer} and {@code rag} open their H2 files
 * here so that all of them share one policy for other processes and for machines without a network.
 */
package dev.zhiku.core.store;
