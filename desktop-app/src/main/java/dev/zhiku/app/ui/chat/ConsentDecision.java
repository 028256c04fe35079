package dev.zhiku.app.ui.chat;

import dev.zhiku.rag.cloud.CloudRequest;

/**
 * The person's answer to the consent preview.
 *
 * @param request           the request to send: the previewed one, or the one the person edited and reviewed
 * @param send              whether it may be sent; false means nothing leaves the PC
 * @param allowConversation whether later requests of the same conversation may go without asking again
 */
public record ConsentDecision(CloudRequest request, boolean send, boolean allowConversation) {

    public static ConsentDecision cancelled(CloudRequest request) {
        return new ConsentDecision(request, false, false);
    }
}
