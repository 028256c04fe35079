package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.rag.conversation.Conversation;
import dev.zhiku.rag.conversation.ConversationStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationsViewModelTest {

    @TempDir
    Path home;
    private ConversationStore store;
    private Conversation contract;
    private Conversation travel;

    @BeforeEach
    void fill() {
        store = ConversationStore.open(home.resolve("conversations"));
        contract = store.create(null);
        store.appendQuestion(contract.id(), "合同的付款期限是多少？");
        travel = store.create(null);
        store.appendQuestion(travel.id(), "When does the flight to Berlin leave?");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ConversationsViewModel model() {
        return new ConversationsViewModel(store, UiExecutor.direct(), Runnable::run);
    }

    @Test
    void listsNewestFirst() {
        ConversationsViewModel model = model();
        assertEquals(2, model.rows().size());
        assertEquals("When does the flight to Berlin leave?", model.rows().get(0).title());
        assertEquals("合同的付款期限是多少？", model.rows().get(1).title());
    }

    @Test
    void renameDeleteAndFilter() {
        ConversationsViewModel model = model();
        model.rename(contract, "付款期限");
        assertEquals("付款期限", model.rows().getFirst().title(), "renamed moves to the top");
        model.filterProperty().set("berlin");
        assertEquals(1, model.rows().size());
        assertEquals(travel.id(), model.rows().getFirst().id());
        assertTrue(model.rows().getFirst().snippet().toLowerCase().contains("berlin"));
        model.filterProperty().set("");
        model.delete(travel);
        assertEquals(1, model.rows().size());
        assertEquals(contract.id(), model.rows().getFirst().id());
    }

    @Test
    void exportsMarkdown() throws Exception {
        ConversationsViewModel model = model();
        Path file = home.resolve("export.md");
        model.export(contract, file);
        assertEquals(file, model.exportedProperty().get());
        String md = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(md.contains("合同的付款期限是多少？"), md);
    }

    @Test
    void aFailedExportSaysWhy() {
        ConversationsViewModel model = model();
        model.export(contract, home.resolve("missing-folder").resolve("x.md"));
        assertTrue(model.errorProperty().get().contains("Could not write"), model.errorProperty().get());
    }
}
