package dev.zhiku.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's {@code --json} output, written by Jackson: maps (in their order), collections, strings,
 * numbers, booleans, null and Jackson trees; anything else as its {@code toString()}. Fractions are written with six
 * significant digits (what scripts read since the first release: {@code 0.0163934}, not {@code 0.01639344262295082}),
 * whole numbers without a fraction, and NaN or infinity as null.
 */
public final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonText() {
    }

    /** {@code value} as one line of JSON. */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(tree(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * An object with the fields in the order given ({@code "name", value, "name", value, …}); unlike {@code Map.of},
     * whose order changes from one run to the next.
     */
    public static Map<String, Object> fields(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields take names and values in pairs");
        }
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return object;
    }

    private static JsonNode tree(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.textNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Double d -> number(d);
            case Float f -> number(f.doubleValue());
            case Number n -> NODES.rawValueNode(new RawValue(n.toString()));
            case JsonNode node -> compact(node);
            case Map<?, ?> map -> {
                // the entry set's order, which for Map.of differs from forEach's: the order the output always had
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    object.set(String.valueOf(e.getKey()), tree(e.getValue()));
                }
                yield object;
            }
            case Collection<?> list -> {
                ArrayNode array = NODES.arrayNode();
                for (Object v : list) {
                    array.add(tree(v));
                }
                yield array;
            }
            default -> NODES.textNode(value.toString());
        };
    }

    /** A Jackson tree with its fractions written as {@link #number} writes them. */
    private static JsonNode compact(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return number(node.doubleValue());
        }
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                object.set(e.getKey(), compact(e.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(v -> array.add(compact(v)));
            return array;
        }
        return node;
    }

    private static JsonNode number(double d) {
        return Double.isFinite(d) ? NODES.rawValueNode(new RawValue(sixDigits(d))) : NODES.nullNode();
    }

    /** Six significant digits; trailing zeros go from the fraction only, never from an integer or exponent. */
    static String sixDigits(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        String s = String.format(Locale.ROOT, "%.6g", d);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }
}
