/** Benchmarks of the local engine (load, prompt and decode speed, first token, cache, memory); not run by tests. */
package dev.zhiku.llm.bench;
