package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** The JSON type of a value, and the key under which a scalar counts as a category. */
enum JsonType {
    NUMBER, STRING, BOOLEAN, ARRAY, OBJECT, NULL;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static JsonType of(JsonNode v) {
        if (v.isNumber()) {
            return NUMBER;
        }
        if (v.isTextual()) {
            return STRING;
        }
        if (v.isBoolean()) {
            return BOOLEAN;
        }
        if (v.isArray()) {
            return ARRAY;
        }
        if (v.isObject()) {
            return OBJECT;
        }
        return NULL;
    }

    /**
     * A category key: equal for equal values across JSON types' spellings ({@code 3} and {@code 3.0}
     * are one category) and distinct between types ({@code 3} versus {@code "3"}).
     */
    static String categoryKey(JsonNode v) {
        if (v.isNumber()) {
            BigDecimal d = v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())
                    ? null : v.decimalValue();
            return d == null ? v.asText() : (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        }
        if (v.isTextual()) {
            return v.toString(); // JSON-quoted, so "3" differs from 3
        }
        return v.isNull() ? "null" : v.toString();
    }

    /** A category key as a person reads it: strings unquoted. */
    static String label(String categoryKey) {
        if (categoryKey.length() >= 2 && categoryKey.startsWith("\"") && categoryKey.endsWith("\"")) {
            try {
                return JSON.readValue(categoryKey, String.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return categoryKey;
            }
        }
        return categoryKey;
    }
}
