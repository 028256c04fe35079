package dev.zhiku.core.prompt;

import dev.zhiku.core.ChatMessage;
import java.util.List;

/**
 * A conversation after the context policy made it fit.
 *
 * @param messages     the messages to send
 * @param prompt       the rendered prompt
 * @param promptTokens tokens of the prompt
 * @param maxTokens    tokens left for the answer
 * @param note         what was done, empty when nothing was
 */
public record PromptFit(List<ChatMessage> messages, String prompt, int promptTokens, int maxTokens, String note) {
}
