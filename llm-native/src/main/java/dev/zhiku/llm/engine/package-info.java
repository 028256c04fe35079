/**
 * The local model through llama.cpp (JNI, {@code de.kherud:llama}): {@link dev.zhiku.llm.engine.NativeRuntime}
 * prepares the native library, {@link dev.zhiku.llm.engine.LlamaTextGenerator} implements
 * {@link dev.zhiku.core.TextGenerator} (chat template, streaming, Stop, stop strings, JSON schema, context policy,
 * prompt cache) and {@link dev.zhiku.llm.engine.ModelSlot} holds the one loaded model, loading it in the
 * background. After a model was loaded the JVM must be ended with {@code System.exit}.
 */
package dev.zhiku.llm.engine;
