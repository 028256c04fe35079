package dev.zhiku.llm.gguf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes random-weight GGUF models that llama.cpp b4916 loads: {@code llama} or {@code qwen2} architecture, a
 * synthetic SentencePiece vocabulary, a ChatML chat template, seeded weights (same spec, same bytes). Their output
 * is gibberish, but every native code path (load, template, sampling, grammar, cache, timings) runs for real.
 */
public final class SyntheticModels {

    /** The ChatML template (what Qwen 2.5 uses), in Jinja. */
    public static final String CHATML_TEMPLATE = "{% for message in messages %}{{'<|im_start|>' + message['role']"
            + " + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private SyntheticModels() {
    }

    /** Writes the model described by {@code spec} to {@code file}. */
    public static void write(SyntheticModelSpec spec, Path file) throws IOException {
        write(spec, null, file);
    }

    /**
     * Writes the model described by {@code spec} with a real byte-level BPE vocabulary (read from a
     * {@code tokenizer.json}) instead of the synthetic one, so prompts have the real model's token counts; null
     * {@code bpe} writes the synthetic vocabulary.
     */
    public static void write(SyntheticModelSpec spec, ByteLevelBpeVocabulary bpe, Path file) throws IOException {
        String a = spec.architecture();
        GgmlType w = spec.weightType();
        if (bpe != null && bpe.tokens().size() != spec.vocabulary()) {
            throw new IllegalArgumentException("the vocabulary has " + bpe.tokens().size() + " tokens, the shape "
                    + spec.vocabulary());
        }
        GgufWriter out = new GgufWriter()
                .putString("general.architecture", a)
                .putString("general.name", spec.name())
                .putUInt32("general.file_type", fileType(w))
                .putUInt32(a + ".context_length", spec.contextLength())
                .putUInt32(a + ".embedding_length", spec.embedding())
                .putUInt32(a + ".block_count", spec.layers())
                .putUInt32(a + ".feed_forward_length", spec.feedForward())
                .putUInt32(a + ".attention.head_count", spec.heads())
                .putUInt32(a + ".attention.head_count_kv", spec.kvHeads())
                .putFloat32(a + ".attention.layer_norm_rms_epsilon", 1e-6f)
                .putFloat32(a + ".rope.freq_base", 1_000_000f)
                .putUInt32(a + ".rope.dimension_count", spec.headSize());
        if (bpe == null) {
            SyntheticVocabulary vocab = SyntheticVocabulary.build(spec.vocabulary());
            out.putString("tokenizer.ggml.model", "llama")
                    .putStrings("tokenizer.ggml.tokens", vocab.tokens())
                    .putFloats("tokenizer.ggml.scores", vocab.scores())
                    .putInts("tokenizer.ggml.token_type", vocab.types())
                    .putUInt32("tokenizer.ggml.bos_token_id", SyntheticVocabulary.BOS)
                    .putUInt32("tokenizer.ggml.eos_token_id", SyntheticVocabulary.IM_END)
                    .putUInt32("tokenizer.ggml.unknown_token_id", SyntheticVocabulary.UNK);
        } else {
            out.putString("tokenizer.ggml.model", "gpt2")
                    .putString("tokenizer.ggml.pre", bpe.pre())
                    .putStrings("tokenizer.ggml.tokens", bpe.tokens())
                    .putInts("tokenizer.ggml.token_type", bpe.types())
                    .putStrings("tokenizer.ggml.merges", bpe.merges())
                    .putUInt32("tokenizer.ggml.bos_token_id", bpe.bos())
                    .putUInt32("tokenizer.ggml.eos_token_id", bpe.eos())
                    .putUInt32("tokenizer.ggml.padding_token_id", bpe.bos());
        }
        out.putBool("tokenizer.ggml.add_bos_token", false)
                .putBool("tokenizer.ggml.add_eos_token", false)
                .putString("tokenizer.chat_template", CHATML_TEMPLATE);
        long embd = spec.embedding();
        long kvWidth = (long) spec.kvHeads() * spec.headSize();
        long ff = spec.feedForward();
        int[] index = {0};
        out.addTensor("token_embd.weight", w, dims(embd, spec.vocabulary()), random(spec, index[0]++, 1.0));
        out.addTensor("output_norm.weight", GgmlType.F32, dims(embd), TensorSource.constant(1));
        if (!spec.tiedOutput()) {
            out.addTensor("output.weight", w, dims(embd, spec.vocabulary()), random(spec, index[0]++, scale(embd)));
        }
        for (int l = 0; l < spec.layers(); l++) {
            String p = "blk." + l + ".";
            out.addTensor(p + "attn_norm.weight", GgmlType.F32, dims(embd), TensorSource.constant(1));
            out.addTensor(p + "attn_q.weight", w, dims(embd, embd), random(spec, index[0]++, scale(embd)));
            out.addTensor(p + "attn_k.weight", w, dims(embd, kvWidth), random(spec, index[0]++, scale(embd)));
            out.addTensor(p + "attn_v.weight", w, dims(embd, kvWidth), random(spec, index[0]++, scale(embd)));
            if (a.equals("qwen2")) {
                out.addTensor(p + "attn_q.bias", GgmlType.F32, dims(embd), random(spec, index[0]++, 0.02));
                out.addTensor(p + "attn_k.bias", GgmlType.F32, dims(kvWidth), random(spec, index[0]++, 0.02));
                out.addTensor(p + "attn_v.bias", GgmlType.F32, dims(kvWidth), random(spec, index[0]++, 0.02));
            }
            out.addTensor(p + "attn_output.weight", w, dims(embd, embd), random(spec, index[0]++, scale(embd)));
            out.addTensor(p + "ffn_norm.weight", GgmlType.F32, dims(embd), TensorSource.constant(1));
            out.addTensor(p + "ffn_gate.weight", w, dims(embd, ff), random(spec, index[0]++, scale(embd)));
            out.addTensor(p + "ffn_up.weight", w, dims(embd, ff), random(spec, index[0]++, scale(embd)));
            out.addTensor(p + "ffn_down.weight", w, dims(ff, embd), random(spec, index[0]++, scale(ff)));
        }
        out.write(file);
    }

    private static long fileType(GgmlType w) {
        return switch (w) {
            case F32 -> 0;
            case F16 -> 1;
            case Q4_0 -> 2;
            case Q8_0 -> 7;
            default -> throw new IllegalArgumentException("synthetic weights cannot be " + w);
        };
    }

    private static double scale(long fanIn) {
        return Math.sqrt(3.0 / fanIn);
    }

    private static long[] dims(long... d) {
        return d;
    }

    /** Uniform values in [-bound, bound] from a generator of their own, so tensors do not depend on each other. */
    private static TensorSource random(SyntheticModelSpec spec, int tensor, double bound) {
        SplittableRandom rnd = new SplittableRandom(spec.seed() * 1_000_003L + tensor);
        return (chunk, first) -> {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (float) ((rnd.nextDouble() * 2 - 1) * bound);
            }
        };
    }
}
