package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Answer;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import dev.zhiku.rag.conversation.ConversationMessage;
import java.util.List;

/**
 * One message on the chat screen, as the view shows it. Immutable: a changing answer is replaced in the list.
 *
 * @param id               unique on the screen, to find the item again
 * @param kind             question, answer, or a reply to a memory request
 * @param text             what is shown (an answer grows while it streams)
 * @param route            where an answer came from, or null (questions, memory replies, pending answers)
 * @param abstained        whether the answer says the documents do not hold it
 * @param citations        the sources, by number
 * @param firstTokenMillis time to the first token, or -1
 * @param totalMillis      time to the end of the answer, or -1
 * @param tokensPerSecond  decode speed, or 0
 * @param state            where the answer is in its life
 * @param error            a readable reason when {@code state} is FAILED, else empty
 * @param model            the model that wrote an answer, or empty
 * @param cloud            where the answer stands with the cloud (re-asking, notices, why it was sent)
 */
public record ChatItem(long id, Kind kind, String text, Route route, boolean abstained, List<Citation> citations,
                       long firstTokenMillis, long totalMillis, double tokensPerSecond, State state, String error,
                       String model, CloudState cloud) {

    /** What a message is. */
    public enum Kind { QUESTION, ANSWER, MEMORY }

    /** Where an answer is: still coming, complete, stopped by the user, or failed. */
    public enum State { STREAMING, DONE, STOPPED, FAILED }

    public ChatItem {
        text = text == null ? "" : text;
        citations = citations == null ? List.of() : List.copyOf(citations);
        error = error == null ? "" : error;
        model = model == null ? "" : model;
        cloud = cloud == null ? CloudState.NONE : cloud;
    }

    static ChatItem question(long id, String text) {
        return new ChatItem(id, Kind.QUESTION, text, null, false, List.of(), -1, -1, 0, State.DONE, "", "", null);
    }

    static ChatItem pending(long id) {
        return new ChatItem(id, Kind.ANSWER, "", null, false, List.of(), -1, -1, 0, State.STREAMING, "", "", null);
    }

    /** A cloud answer about to stream, from {@code model}, sent for {@code why}. */
    static ChatItem pendingCloud(long id, String model, dev.zhiku.rag.cloud.EscalationTrigger why) {
        return new ChatItem(id, Kind.ANSWER, "", Route.CLOUD, false, List.of(), -1, -1, 0, State.STREAMING, "",
                model, CloudState.sentFor(why));
    }

    static ChatItem memory(long id, String reply) {
        return new ChatItem(id, Kind.MEMORY, reply, null, false, List.of(), -1, -1, 0, State.DONE, "", "", null);
    }

    static ChatItem stored(long id, ConversationMessage m) {
        return new ChatItem(id, m.isQuestion() ? Kind.QUESTION : Kind.ANSWER, m.text(), m.route(), m.abstained(),
                m.citations(), m.firstTokenMillis(), m.totalMillis(), m.tokensPerSecond(), State.DONE, "", m.model(),
                null);
    }

    public boolean isStreaming() {
        return state == State.STREAMING;
    }

    /** The instant answer made of sentences from the documents. */
    ChatItem withExtractive(Answer answer) {
        return new ChatItem(id, kind, answer.text(), Route.EXTRACTIVE, answer.abstained(), answer.citations(),
                -1, -1, 0, state, error, model, cloud);
    }

    /** The model's text so far; replaces the extractive answer (its numbering differs). A cloud answer stays one. */
    ChatItem withStream(String streamed, long firstToken, double speed) {
        Route streaming = route == Route.CLOUD ? Route.CLOUD : Route.LOCAL;
        return new ChatItem(id, kind, streamed, streaming, false, List.of(), firstToken, -1, speed, state, error,
                model, cloud);
    }

    ChatItem withFinal(Answer answer, State end) {
        var t = answer.timings();
        return new ChatItem(id, kind, answer.text(), answer.route(), answer.abstained(), answer.citations(),
                t == null ? -1 : t.firstTokenMillis(), t == null ? -1 : t.totalMillis(),
                t == null ? 0 : t.tokensPerSecond(), end, error,
                answer.model() == null || answer.model().isEmpty() ? model : answer.model(), cloud);
    }

    ChatItem withState(State next) {
        return new ChatItem(id, kind, text, route, abstained, citations, firstTokenMillis, totalMillis,
                tokensPerSecond, next, error, model, cloud);
    }

    /** The {@link #error} of an answer that could not come because nothing was ever indexed in the home. */
    static final String NO_DOCUMENTS = "no-documents";

    /** Whether this answer could not come because the knowledge base has no documents yet. */
    boolean noDocuments() {
        return state == State.FAILED && NO_DOCUMENTS.equals(error);
    }

    ChatItem failed(String reason) {
        return new ChatItem(id, kind, text, route, abstained, citations, firstTokenMillis, totalMillis,
                tokensPerSecond, State.FAILED, reason, model, cloud);
    }

    ChatItem withCloud(CloudState next) {
        return new ChatItem(id, kind, text, route, abstained, citations, firstTokenMillis, totalMillis,
                tokensPerSecond, state, error, model, next);
    }

    /**
     * Whether this is a finished answer a model (local or cloud) wrote that cites none of the documents: shown as
     * not supported, never as grounded (see {@link Answer#supported()}).
     */
    public boolean unsupported() {
        return kind == Kind.ANSWER && !abstained && (route == Route.LOCAL || route == Route.CLOUD)
                && (state == State.DONE || state == State.STOPPED) && citations.isEmpty();
    }

    /** Whether this is a finished local or extractive answer that the cloud could be asked about instead. */
    public boolean canAskCloud() {
        return kind == Kind.ANSWER && (route == Route.LOCAL || route == Route.EXTRACTIVE)
                && (state == State.DONE || state == State.STOPPED) && cloud.phase() != CloudState.Phase.ANSWERED;
    }
}
