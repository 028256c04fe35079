/**
 * The H2 catalog: every source with its size, time, hash, status and reason; the durable queue of work; and
 * the embedding cache. Change the schema only by adding a migration step in {@link
 * dev.zhiku.indexer.catalog.Catalog} and raising its schema version.
 */
package dev.zhiku.indexer.catalog;
