package io.factoreally.internal.analysis;

import io.factoreally.internal.analysis.format.AlphaFormat;
import io.factoreally.internal.analysis.format.CodeFormat;
import io.factoreally.internal.analysis.format.EmailFormat;
import io.factoreally.internal.analysis.format.IpFormat;
import io.factoreally.internal.analysis.format.PhoneFormat;
import io.factoreally.internal.analysis.format.TemplateFormat;
import io.factoreally.internal.analysis.format.UrlFormat;
import io.factoreally.internal.analysis.format.UuidFormat;
import io.factoreally.internal.analysis.format.Auth0IdFormat;
import io.factoreally.internal.analysis.format.DateFormat;
import io.factoreally.internal.analysis.format.DatetimeFormat;
import io.factoreally.internal.analysis.format.DurationFormat;
import io.factoreally.internal.analysis.format.MacFormat;
import io.factoreally.internal.analysis.format.NumstrFormat;
import io.factoreally.internal.analysis.format.TextFormat;
import io.factoreally.internal.analysis.format.Uuid4Format;
import io.factoreally.internal.analysis.format.VersionFormat;

import java.util.List;

/**
 * Every string format, in precedence order (the original's order first: DATETIME, DATE, DURATION,
 * AUTH0_ID, MAC, UUID4, VERSION, NUMSTR, ALPHA, TEXT; ours inserted where they are more specific).
 * Every format returns no hint when all values are frequent (at least k occurrences each), so such
 * paths fall back to CHOICE/CONST consistently (see FormatRules).
 * A new format is one class plus one line here.
 */
public final class StringFormats {
    private static final List<StringFormat> ALL = List.of(
            new DatetimeFormat(),
            new DateFormat(),
            new DurationFormat(),
            new Auth0IdFormat(),
            new MacFormat(),
            new UuidFormat(),     // ours: UUIDs of other versions or uppercase
            new Uuid4Format(),
            new IpFormat(),       // ours, before VERSION: 192.168.1.20 is an address
            new EmailFormat(),    // ours
            new UrlFormat(),      // ours
            new VersionFormat(),
            new NumstrFormat(),
            new CodeFormat(),     // ours: ISO country/currency/language codes
            new PhoneFormat(),    // ours
            new TemplateFormat(), // ours: ids, codes, hex tokens, zip codes
            new AlphaFormat(),
            new TextFormat()
    );

    private StringFormats() {
    }

    /** All formats in precedence order. */
    public static List<StringFormat> all() {
        return ALL;
    }
}
