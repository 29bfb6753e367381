package io.factoreally.internal.evaluate;

import java.util.regex.Pattern;

/**
 * A coarse class of a string's format, enough to tell whether generated strings look like the real
 * ones: the first matching class wins, in declaration order.
 */
enum StringFormat {
    EMPTY("^$"),
    UUID("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
    ISO_DATETIME("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$"),
    ISO_DATE("^\\d{4}-\\d{2}-\\d{2}$"),
    EMAIL("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
    URL("^[a-zA-Z][a-zA-Z0-9+.-]*://\\S+$"),
    NUMERIC("^[+-]?\\d+([.,]\\d+)?$"),
    HEX("^[0-9a-fA-F]{16,}$"),
    PREFIXED_ID("^[A-Za-z][A-Za-z0-9]*[_|:-][A-Za-z0-9_-]{3,}$"),
    WORD("^\\S+$"),
    TEXT(".*");

    private final Pattern pattern;

    StringFormat(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.DOTALL);
    }

    static StringFormat of(String s) {
        for (StringFormat f : values()) {
            if (f.pattern.matcher(s).matches()) {
                return f;
            }
        }
        return TEXT;
    }
}
