package io.factoreally.internal.analysis;

import java.util.List;

/**
 * Every string format, in precedence order (the original's order first: DATETIME, DATE, DURATION,
 * AUTH0_ID, MAC, UUID4, VERSION, NUMSTR, ALPHA, TEXT; ours inserted where they are more specific).
 * A new format is one class plus one line here.
 */
public final class StringFormats {
    private static final List<StringFormat> ALL = List.of(
            // one line per format, in precedence order
    );

    private StringFormats() {
    }

    /** All formats in precedence order. */
    public static List<StringFormat> all() {
        return ALL;
    }
}
