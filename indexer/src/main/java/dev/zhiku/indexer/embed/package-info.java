/**
 * Local sentence embeddings: BGE models shipped as ONNX files inside Maven jars, run with onnxruntime and
 * tokenized with the HuggingFace tokenizer (through DJL's JNI binding).
 *
 * <p>{@link dev.zhiku.indexer.embed.OnnxEmbeddingModel} implements {@link dev.zhiku.core.EmbeddingModel}
 * for any BERT-style encoder described by an {@link dev.zhiku.indexer.embed.EmbeddingModelSpec}: it
 * tokenizes, groups texts of similar length into batches ({@link dev.zhiku.indexer.embed.BatchPlanner}),
 * runs the session, takes the [CLS] vector and L2-normalizes it. {@code countTokens} lets a chunker budget
 * chunks in the model's own tokens.
 *
 * <p>To add a model: put its {@code .onnx} and {@code tokenizer.json} on the classpath and declare a new
 * {@code EmbeddingModelSpec} (dimension, query instruction, maximum length, whether input must be
 * lower-cased). The ONNX input names are read from the model, so {@code token_type_ids} may be absent.
 * Pooling is [CLS]; a mean-pooled model would need a pooling field in the spec.
 *
 * <p>Native libraries: DJL extracts its tokenizer library under {@code DJL_CACHE_DIR} (default
 * {@code ~/.djl.ai}); {@link dev.zhiku.indexer.embed.OnnxEmbeddingModel#configureNativeCache} points it at
 * the application's own directory and must run before the first tokenizer is created.
 */
package dev.zhiku.indexer.embed;
