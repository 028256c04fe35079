/**
 * Which local models Zhiku offers, where they are downloaded from, and whether they suit this machine.
 * {@link dev.zhiku.llm.catalog.ModelCatalog} reads the curated {@code dev/zhiku/llm/catalog.json};
 * {@link dev.zhiku.llm.catalog.MirrorSettings} turns an entry into a download address (Hugging Face or a mirror,
 * optionally through a proxy); {@link dev.zhiku.llm.catalog.FitAdvisor} judges each entry against a
 * {@link dev.zhiku.llm.hardware.Hardware}.
 *
 * <p>To add a model: add an entry to the JSON with every field (sizes approximate and {@code sha256} null unless
 * verified against the real file), make sure llama.cpp b4916 knows its architecture, and the catalog test checks
 * the rest.
 */
package dev.zhiku.llm.catalog;
