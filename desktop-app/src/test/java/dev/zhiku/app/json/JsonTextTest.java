package dev.zhiku.app.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.Citation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code --json} writer keeps the output scripts read: field order, compact numbers, text as it was. */
class JsonTextTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void escapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"say \\\"hi\\\"\\\\ \\n\\r\\t\"", JsonText.write("say \"hi\"\\ \n\r\t"));
    }

    @Test
    void escapesOtherControlCharacters() throws IOException {
        String text = "a\u0000b\u001fc\b";
        String json = JsonText.write(text);
        assertAll(() -> assertFalse(json.chars().anyMatch(c -> c < 0x20), json),
                () -> assertEquals(text, JACKSON.readTree(json).asText()));
    }

    @Test
    void keepsChineseAsIs() {
        assertEquals("\"知库：长城\"", JsonText.write("知库：长城"));
    }

    @Test
    void writesNestedMapsAndListsInOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of(1, "二", true));
        inner.put("a", null);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("inner", inner);
        outer.put("empty", List.of());
        outer.put("path", Path.of("notes", "a.txt"));
        assertEquals("{\"inner\":{\"b\":[1,\"二\",true],\"a\":null},\"empty\":[],\"path\":\"notes"
                + java.io.File.separator.replace("\\", "\\\\") + "a.txt\"}", JsonText.write(outer));
    }

    /**
     * A map is written in the order of its entry set, what the output always had: {@code Map.of}'s {@code forEach}
     * may go another way (it did for {@code status --json}), so a map whose {@code forEach} runs backwards stands
     * for it here as well.
     */
    @Test
    void writesTheEntriesOfAMapInTheOrderOfItsEntrySet() throws IOException {
        Map<String, Object> backwards = new LinkedHashMap<>() {
            @Override
            public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
                List<Map.Entry<String, Object>> entries = new java.util.ArrayList<>(entrySet());
                java.util.Collections.reverse(entries);
                entries.forEach(e -> action.accept(e.getKey(), e.getValue()));
            }
        };
        backwards.put("status", "failed");
        backwards.put("path", "/a.pdf");
        backwards.put("reason", "damaged");
        Map<String, Object> immutable = Map.of("status", "failed", "path", "/a.pdf", "reason", "damaged", "k4", 4,
                "k5", 5, "k6", 6, "k7", 7, "k8", 8);
        assertAll(() -> assertEquals(List.copyOf(backwards.keySet()), fieldNames(JsonText.write(backwards))),
                () -> assertEquals(List.copyOf(immutable.keySet()), fieldNames(JsonText.write(immutable))));
    }

    @Test
    void fieldsKeepTheOrderTheyAreGiven() {
        assertEquals("{\"path\":\"/a.pdf\",\"status\":\"failed\",\"reason\":\"\"}",
                JsonText.write(JsonText.fields("path", "/a.pdf", "status", "failed", "reason", "")));
    }

    private static List<String> fieldNames(String json) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        JACKSON.readTree(json).fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesNumbersCompactly() {
        assertEquals("[3,12345678901,2,0.5,0.25,null,null]", JsonText.write(Arrays.asList(3, 12_345_678_901L, 2.0,
                0.5, 0.25f, Double.NaN, Float.POSITIVE_INFINITY)));
        assertEquals("0.0163934", JsonText.write(1.0 / 61));
    }

    @Test
    void keepsTheValueOfLargeAndSmallNumbers() throws IOException {
        for (double d : new double[] {1e20, 1.5e-10, 100000.4, 123456.7, -2.5e300, 1e-5}) {
            double back = JACKSON.readTree(JsonText.write(d)).asDouble();
            assertEquals(d, back, Math.abs(d) * 1e-5, JsonText.write(d));
        }
    }

    @Test
    void producesWhatAJsonParserReadsBack() throws IOException {
        String text = "引号\" 反斜杠\\ 换行\n 制表\t 控制\u0007 结束";
        Map<String, Object> value = Map.of("text", text, "n", List.of(1, 2.5));
        assertEquals(text, JACKSON.readTree(JsonText.write(value)).path("text").asText());
    }

    @Test
    void citationsHaveTheirFieldsInOrderAndCompactScoresInsideAMap() {
        Citation c = new Citation(1, "notes/a.txt", null, 2, 10, 42, "the \"snippet\"", 1.0 / 61);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("citations", CitationJson.of(List.of(c)));
        assertEquals("{\"citations\":[{\"number\":1,\"path\":\"" + c.displayPath() + "\",\"page\":2,\"start\":10,"
                + "\"end\":42,\"snippet\":\"the \\\"snippet\\\"\",\"score\":0.0163934}]}", JsonText.write(root));
    }
}
