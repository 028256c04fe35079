package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void escapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"say \\\"hi\\\"\\\\ \\n\\r\\t\"", Json.write("say \"hi\"\\ \n\r\t"));
    }

    @Test
    void escapesOtherControlCharacters() {
        assertEquals("\"a\\u0000b\\u001fc\\u0008\"", Json.write("a\u0000b\u001fc\b"));
    }

    @Test
    void keepsChineseAsIs() {
        assertEquals("\"知库：长城\"", Json.write("知库：长城"));
    }

    @Test
    void writesNestedMapsAndListsInOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of(1, "二", true));
        inner.put("a", null);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("inner", inner);
        outer.put("empty", List.of());
        assertEquals("{\"inner\":{\"b\":[1,\"二\",true],\"a\":null},\"empty\":[]}", Json.write(outer));
    }

    @Test
    void writesNumbersCompactly() {
        assertEquals("[3,12345678901,2,0.5,0.25,null,null]", Json.write(Arrays.asList(3, 12_345_678_901L, 2.0,
                0.5, 0.25f, Double.NaN, Float.POSITIVE_INFINITY)));
        assertEquals("0.0163934", Json.write(1.0 / 61));
    }

    @Test
    void keepsTheValueOfLargeAndSmallNumbers() throws IOException {
        for (double d : new double[] {1e20, 1.5e-10, 100000.4, 123456.7, -2.5e300, 1e-5}) {
            double back = JACKSON.readTree(Json.write(d)).asDouble();
            assertEquals(d, back, Math.abs(d) * 1e-5, Json.write(d));
        }
    }

    @Test
    void producesWhatAJsonParserReadsBack() throws IOException {
        String text = "引号\" 反斜杠\\ 换行\n 制表\t 控制\u0007 结束";
        Map<String, Object> value = Map.of("text", text, "n", List.of(1, 2.5));
        assertEquals(text, JACKSON.readTree(Json.write(value)).path("text").asText());
    }
}
