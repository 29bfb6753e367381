package io.factoreally.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Turns Jackson parse failures into one line a person can act on: source, line, column and what was
 * wrong, without Jackson's internal hints.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** {@code "<source>: invalid JSON at line L, column C: <problem>"}. */
    public static String describe(String source, JsonProcessingException e) {
        return describe(source, e, e.getProcessor() instanceof JsonParser p ? p : null);
    }

    /** As {@link #describe(String, JsonProcessingException)}, locating the error by the parser when Jackson did not. */
    public static String describe(String source, JsonProcessingException e, JsonParser parser) {
        JsonLocation loc = e.getLocation();
        if (loc == null && parser != null) {
            loc = parser.currentLocation();
        }
        String where = loc == null || loc.getLineNr() < 0 ? ""
                : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return source + ": invalid JSON" + where + ": " + problem(e);
    }

    private static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int from = m.indexOf(", from `StreamReadConstraints");
        if (from > 0) {
            m = m.substring(0, from) + ")";
        }
        return m.replace("\n", " ");
    }
}
