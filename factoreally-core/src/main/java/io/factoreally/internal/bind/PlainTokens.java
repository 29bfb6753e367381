package io.factoreally.internal.bind;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated record (a map of plain JSON values) straight into Jackson tokens, the tokens
 * Jackson's own serializers write for it ({@code writeStartObject}, {@code writeFieldName},
 * {@code writeString}, {@code writeNumber(long)}...), without looking up a serializer per value: the
 * larger half of binding one small record. Anything else (another value type, a non-string key, a
 * bare root value) is left to Jackson ({@code null}).
 */
final class PlainTokens {
    private PlainTokens() {
    }

    /** The record's tokens in a buffer of {@code codec}, or {@code null} when it holds a value that is not plain. */
    static TokenBuffer of(Map<?, ?> record, ObjectCodec codec) {
        TokenBuffer buffer = new TokenBuffer(codec, false); // as Jackson's value conversion makes it
        try {
            return write(record, buffer) ? buffer : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a token buffer writes to memory: does not happen
        }
    }

    /** A JDK collection class: Jackson serializes it with its standard map or list serializer. */
    private static boolean jdk(Object collection) {
        return collection.getClass().getName().startsWith("java.util.");
    }

    /**
     * Writes {@code value} if it is null, a String, Long, Integer, Double, Boolean, or a JDK list or
     * string-keyed map of those; else stops and says so ({@code false}: the buffer is then discarded).
     */
    private static boolean write(Object value, TokenBuffer out) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String s) {
            out.writeString(s);
        } else if (value instanceof Long l) {
            out.writeNumber(l.longValue());
        } else if (value instanceof Integer i) {
            out.writeNumber(i.intValue());
        } else if (value instanceof Double d) {
            out.writeNumber(d.doubleValue());
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map && jdk(map)) {
            out.writeStartObject(map);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return false;
                }
                out.writeFieldName(key);
                if (!write(e.getValue(), out)) {
                    return false;
                }
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list && jdk(list)) {
            out.writeStartArray(list, list.size());
            for (Object element : list) {
                if (!write(element, out)) {
                    return false;
                }
            }
            out.writeEndArray();
        } else {
            return false;
        }
        return true;
    }
}
