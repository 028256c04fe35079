package dev.zhiku.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.zhiku.core.Citation;
import java.util.List;

/**
 * Citations as JSON, the one place it is written: {@code zhiku ask --json}, {@code zhiku eval} and the API's
 * {@code zhiku.citations} give the same fields in the same order (number, path, page, start, end, snippet, score,
 * and {@code alsoIn}, the other files holding the same passage, when there are any).
 */
public final class CitationJson {

    private CitationJson() {
    }

    public static ArrayNode of(List<Citation> citations) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Citation c : citations) {
            var o = list.addObject().put("number", c.number()).put("path", c.displayPath()).put("page", c.page())
                    .put("start", c.startOffset()).put("end", c.endOffset()).put("snippet", c.snippet())
                    .put("score", c.score());
            if (!c.alsoIn().isEmpty()) {
                c.alsoIn().forEach(o.putArray("alsoIn")::add);
            }
        }
        return list;
    }
}
