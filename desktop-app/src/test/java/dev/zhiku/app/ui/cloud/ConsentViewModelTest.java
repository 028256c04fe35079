package dev.zhiku.app.ui.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.chat.ConsentDecision;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.cloud.CloudRequest;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.redact.Kind;
import dev.zhiku.rag.redact.Redaction;
import dev.zhiku.rag.redact.Redactor;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consent preview's edit step without the FX thread: what Send sends is always what was last shown. */
class ConsentViewModelTest {

    private static final Redactor REDACTOR = Redactor.standard(List.of());

    static CloudRequest request(String userText) {
        Redaction redaction = REDACTOR.redact(userText);
        return new CloudRequest("q", "c1", EscalationTrigger.USER, URI.create("https://api.example.com/v1/chat"),
                "example-chat", List.of(ChatMessage.system("Answer."), ChatMessage.user(redaction.text())),
                new Context(List.of(), 0), redaction, 1, Language.EN, false);
    }

    /** Redacts the edit again, as the escalator does (placeholders keep their meaning). */
    static CloudRequest edit(CloudRequest request, String text) {
        Redaction redaction = REDACTOR.redact(REDACTOR.restore(text, request.redaction()));
        return new CloudRequest(request.question(), request.conversationId(), request.trigger(), request.endpoint(),
                request.model(), List.of(request.messages().getFirst(), ChatMessage.user(redaction.text())),
                request.context(), redaction, request.withheldPrivate(), request.language(), true);
    }

    @Test
    void theExactPayloadIsShownUntilTheUserEdits() {
        CloudRequest planned = request("Mail a@example.com. Question: who?");
        ConsentViewModel vm = new ConsentViewModel(planned, ConsentViewModelTest::edit);
        assertEquals(planned.payloadText(), vm.textProperty().get());
        assertFalse(vm.editingProperty().get());
        assertEquals(Map.of(Kind.EMAIL, 1), vm.request().redactedCounts());
    }

    @Test
    void anEditIsRedactedAgainAndShownBeforeItCanBeSent() {
        ConsentViewModel vm = new ConsentViewModel(request("Mail a@example.com. Question: who?"),
                ConsentViewModelTest::edit);
        vm.edit();
        assertTrue(vm.editingProperty().get());
        assertEquals("Mail [EMAIL_1]. Question: who?", vm.textProperty().get());
        vm.textProperty().set(vm.textProperty().get() + " Also ask b@example.org.");
        assertNull(vm.send(), "no Send while the edit was not reviewed");

        vm.review();

        assertFalse(vm.editingProperty().get());
        assertTrue(vm.request().edited());
        assertEquals(vm.request().payloadText(), vm.textProperty().get());
        assertTrue(vm.textProperty().get().contains("Also ask [EMAIL_2]."), vm.textProperty().get());
        assertFalse(vm.textProperty().get().contains("b@example.org"));
        vm.allowConversationProperty().set(true);
        ConsentDecision decision = vm.send();
        assertTrue(decision.send());
        assertTrue(decision.allowConversation());
        assertEquals(vm.request(), decision.request());
    }

    @Test
    void cancelSendsNothing() {
        ConsentViewModel vm = new ConsentViewModel(request("who?"), ConsentViewModelTest::edit);
        vm.allowConversationProperty().set(true);
        ConsentDecision decision = vm.cancel();
        assertFalse(decision.send());
        assertFalse(decision.allowConversation());
    }
}
