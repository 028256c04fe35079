package dev.zhiku.llm.engine;

/**
 * Mirrors llama.cpp's single-slot prompt cache to report how many prompt tokens a request reuses: the tokens of the
 * previous prompt plus its answer stay in the KV cache, and a new prompt reuses their common prefix. The answer is
 * re-tokenized from its text, so the count is an estimate when tokenization of the answer differs.
 */
final class PromptCache {

    private int[] cached = new int[0];

    /** Tokens of {@code prompt} that are already in the cache. */
    synchronized int reusable(int[] prompt) {
        int n = Math.min(prompt.length, cached.length);
        int i = 0;
        while (i < n && prompt[i] == cached[i]) {
            i++;
        }
        return Math.min(i, Math.max(0, prompt.length - 1));
    }

    /** Records what the cache holds after a generation. */
    synchronized void remember(int[] tokens) {
        cached = tokens.clone();
    }
}
