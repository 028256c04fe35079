/**
 * Real test documents generated in code, so that no binary fixture is committed. {@link
 * dev.zhiku.indexer.testdocs.TestDocuments} is the entry point; each format family has its own package-private
 * writer. To add a format: add its phrase pair to {@link dev.zhiku.indexer.testdocs.Phrases}, a method to the
 * family's writer, a facade method, and a case in {@code TestDocumentsTest} proving Tika reads it.
 */
package dev.zhiku.indexer.testdocs;
