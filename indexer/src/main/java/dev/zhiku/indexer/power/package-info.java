/**
 * What the machine runs on: {@link dev.zhiku.indexer.power.PowerSource} reads whether it is on battery, so the
 * indexer can hold back heavy work (embeddings, OCR) until a charger is connected. To support another operating
 * system, add a branch to {@code PowerSource.state()} that reads it without throwing.
 */
package dev.zhiku.indexer.power;
