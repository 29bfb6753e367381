package io.factoreally.internal.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Reads spec JSON into a tree with jackson-core's streaming parser alone. Reading a spec is the first
 * thing a test does, and an {@code ObjectMapper} costs hundreds of classes before the first token; the
 * tree here is the one {@code ObjectMapper.readTree} builds with our settings:
 * <ul>
 *   <li>strict: duplicate keys, trailing tokens and non-standard literals are errors;</li>
 *   <li>integers as int, long or BigInteger nodes by size; every float as a BigDecimal node that keeps
 *       its scale ({@code 1.0} stays {@code 1.0}, never {@code 1}).</li>
 * </ul>
 * Nesting depth is bounded by the parser's {@code StreamReadConstraints} (1000), so the recursion
 * cannot exhaust the stack.
 */
final class SpecJsonReader {
    /** Parser settings for spec files; immutable and thread-safe once built. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpecJsonReader() {
    }

    /** The one JSON value of {@code parser}'s input, or null for empty input. */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = value(parser, first);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + trailing
                    + ") found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per"
                    + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", parser.currentTokenLocation());
        }
        return root;
    }

    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(p, "Unexpected token " + token);
        };
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode node = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            node.set(name, value(p, p.nextToken()));
        }
        return node;
    }

    private static ArrayNode array(JsonParser p) throws IOException {
        ArrayNode node = NODES.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            node.add(value(p, t));
        }
        return node;
    }
}
