/**
 * Reading, checking and writing GGUF model files without native code. {@link dev.zhiku.llm.gguf.GgufReader} reads
 * a header; {@link dev.zhiku.llm.gguf.GgufValidator} decides whether the bundled llama.cpp can load it and says
 * why not; {@link dev.zhiku.llm.gguf.GgufWriter} and {@link dev.zhiku.llm.gguf.SyntheticModels} write random-weight
 * llama/qwen2 models for tests and benchmarks. When the native library is upgraded, update
 * {@link dev.zhiku.llm.gguf.SupportedArchitectures} and {@link dev.zhiku.llm.gguf.GgmlType}.
 */
package dev.zhiku.llm.gguf;
