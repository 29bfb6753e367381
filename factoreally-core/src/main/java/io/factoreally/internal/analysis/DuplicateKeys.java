package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.factoreally.FactoreallyException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Duplicate keys in one object: the error every reading path reports, at the repeated key's start, and
 * the checked copy that the buffered parallel path makes instead of leaving the check to the parser
 * (whose location is after the key, so one input would get a column that depends on the thread count).
 */
final class DuplicateKeys {
    private static final Set<String> ARRAY = Set.of();

    private DuplicateKeys() {
    }

    /** The error for {@code key} repeated in one object, the repetition starting at {@code at}. */
    static FactoreallyException error(String source, String key, JsonLocation at) {
        return new FactoreallyException(source + ": duplicate key '" + key + "' in one object"
                + RecordReader.at(at) + ": parsers disagree on which value wins, so such"
                + " records are rejected; remove one of them");
    }

    /**
     * Copies the structure {@code p} is on (its first token current) into {@code into}, failing on a
     * key that repeats in one object; {@code p} should have the parser's own duplicate check off.
     */
    static void copy(JsonParser p, TokenBuffer into, String source) throws IOException {
        ArrayDeque<Set<String>> open = new ArrayDeque<>();
        JsonToken t = p.currentToken();
        while (true) {
            switch (t) {
                case START_OBJECT -> open.push(new HashSet<>());
                case START_ARRAY -> open.push(ARRAY);
                case END_OBJECT, END_ARRAY -> open.pop();
                case FIELD_NAME -> {
                    if (!open.peek().add(p.currentName())) {
                        throw error(source, p.currentName(), p.currentTokenLocation());
                    }
                }
                default -> {
                }
            }
            into.copyCurrentEvent(p);
            if (open.isEmpty()) {
                return;
            }
            t = p.nextToken();
        }
    }
}
