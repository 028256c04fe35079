/**
 * The local LLM engine: GGUF validation, loading and chatting with quantized models through llama.cpp (JNI,
 * {@code de.kherud:llama}), the hardware probe and fit, the model catalog, downloads and discovery of models
 * already on disk. Everything native lives in this module; others see it through {@link
 * dev.zhiku.core.TextGenerator}.
 */
package dev.zhiku.llm;
