/** The prompts in Chinese and English ({@link dev.zhiku.rag.prompt.PromptBuilder}). */
package dev.zhiku.rag.prompt;
