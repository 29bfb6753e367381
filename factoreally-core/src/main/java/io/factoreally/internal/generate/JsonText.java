package io.factoreally.internal.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The compact JSON text of a spec value, as {@link JsonNode#toString()} writes it, with jackson-core's
 * generator alone: {@code toString()} builds a whole ObjectMapper on first use, which compiling a
 * factory (edge-case labels of CHOICE values) should not pay for.
 */
final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** {@code n} as compact JSON text. */
    static String of(JsonNode n) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(n, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonNode n, JsonGenerator g) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    g.writeFieldName(e.getKey());
                    write(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode e : n) {
                    write(e, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NUMBER -> writeNumber(n, g);
            case NULL, MISSING -> g.writeNull();
            default -> g.writeString(n.asText()); // binary and POJO nodes never come from a spec
        }
    }

    private static void writeNumber(JsonNode n, JsonGenerator g) throws IOException {
        switch (n.numberType()) {
            case INT -> g.writeNumber(n.intValue());
            case LONG -> g.writeNumber(n.longValue());
            case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
            case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
            case FLOAT -> g.writeNumber(n.floatValue());
            default -> g.writeNumber(n.doubleValue());
        }
    }
}
