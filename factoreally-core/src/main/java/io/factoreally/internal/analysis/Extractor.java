package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.relations.RecordSample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks records token by token and adds what it sees to a tree of {@link PathNode}s: presence, nulls,
 * types, values, numbers, array lengths, key counts. Into a fresh tree per chunk (threads), or straight
 * into the total (one thread; the caller runs {@link PathNode#chunkDone} at chunk boundaries).
 */
final class Extractor {
    private final PathNode root;
    private final ModelPaths model;
    private final List<StringFormat> formats;
    private final Formats narrowing;
    private long order;
    private long recordIndex;
    /** The current record's tap, or null. */
    private RecordSample.Tap tap;
    private final String source;

    /** Deepest path a spec may hold (the spec validator's limit). */
    static final int MAX_DEPTH = 200;

    Extractor(ModelPaths model, List<StringFormat> formats) {
        this(model, formats, "input");
    }

    Extractor(ModelPaths model, List<StringFormat> formats, String source) {
        this(model, formats, source, PathNode.root(!model.declared()));
    }

    /** An extractor that adds to {@code root} (a tree made with {@code PathNode.root(!model.declared())}). */
    Extractor(ModelPaths model, List<StringFormat> formats, String source, PathNode root) {
        this.source = source;
        this.model = model;
        this.formats = formats;
        this.narrowing = Formats.of(formats);
        this.root = root;
    }

    PathNode root() {
        return root;
    }

    /**
     * Adds one record; the parser is on the record's first token, which the reader checked is
     * {@code START_OBJECT}.
     *
     * @param recordIndex global index of the record (fixes sampling priorities and first-seen order)
     */
    void record(JsonParser p, long recordIndex) throws IOException {
        record(p, recordIndex, null);
    }

    /**
     * As {@link #record(JsonParser, long)}, telling {@code tap} (when not null) every token read from
     * {@code p}, as a {@link RecordSample#follow} expects.
     */
    void record(JsonParser p, long recordIndex, RecordSample.Tap tap) throws IOException {
        this.recordIndex = recordIndex;
        this.tap = tap;
        order = recordIndex << 24;
        try {
            value(p, JsonToken.START_OBJECT, root);
        } finally {
            this.tap = null;
        }
    }

    /** The next token, told to the tap of the record if it has one. */
    private JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (tap != null) {
            tap.token(t);
        }
        return t;
    }

    private void value(JsonParser p, JsonToken t, PathNode n) throws IOException {
        long o = order++;
        if (o < n.firstSeen) {
            n.firstSeen = o;
        }
        n.occurrences++;
        if (n.depth > MAX_DEPTH) {
            String p0 = n.path.length() > 60 ? n.path.substring(0, 60) + "..." : n.path;
            throw new FactoreallyException(source + ": record " + (recordIndex + 1)
                    + RecordReader.at(p.currentTokenLocation()) + ": nesting depth exceeds " + MAX_DEPTH
                    + " levels (at " + p0 + "); a spec supports at most " + MAX_DEPTH);
        }
        switch (t) {
            case START_OBJECT -> object(p, n, o);
            case START_ARRAY -> {
                n.arrays++;
                long len = 0;
                JsonToken e;
                while ((e = next(p)) != JsonToken.END_ARRAY) {
                    value(p, e, n.element(model));
                    len++;
                }
                n.lengths.addLong(len, o);
            }
            case VALUE_NULL -> n.nulls++;
            case VALUE_TRUE, VALUE_FALSE -> {
                n.bools++;
                n.values.add(t == JsonToken.VALUE_TRUE ? Boolean.TRUE : Boolean.FALSE, o);
            }
            case VALUE_STRING -> {
                n.strings++;
                // from the parser's buffer when it has one: a value counted before needs no String
                String s;
                if (p.hasTextCharacters()) {
                    s = n.values.add(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), o);
                    if (tap != null) { // the sample keeps the counted string rather than a copy
                        tap.string(s != null ? s : n.values.lastString());
                    }
                } else {
                    s = p.getText();
                    if (tap != null) {
                        tap.string(s);
                    }
                    if (!n.values.add(s, o)) {
                        s = null;
                    }
                }
                if (s != null) { // a value not counted before
                    int len = s.codePointCount(0, s.length()); // constant time for Latin-1 strings
                    if (len < n.minLength) {
                        n.minLength = len;
                    }
                    if (len > n.maxLength) {
                        n.maxLength = len;
                    }
                    if (n.formatMask != 0 && len > 0) { // an empty string is no format's: see HintSelector
                        n.formatMask = narrowing.narrow(n.formatMask, s);
                    }
                }
            }
            case VALUE_NUMBER_INT -> {
                n.ints++;
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    BigInteger b = p.getBigIntegerValue();
                    n.numbers.add(b.doubleValue(), b, o);
                    n.values.add(b, o);
                } else {
                    long v = p.getLongValue();
                    n.numbers.addLong(v, o);
                    n.values.addLong(v, o);
                }
            }
            case VALUE_NUMBER_FLOAT -> {
                n.floats++;
                // most floats: from the parser's buffer, a double counted before needs no String and no box
                char[] chars = p.getTextCharacters();
                int offset = p.getTextOffset();
                int length = p.getTextLength();
                if (Decimals.significantDigits(chars, offset, length) <= 15) {
                    double d = p.getDoubleValue();
                    if (Double.isFinite(d)) {
                        n.numbers.addDouble(d, o);
                        n.numbers.noteFloat(Decimals.decimals(chars, offset, length));
                        n.values.addDouble(d, o);
                        return;
                    }
                }
                String text = p.getText();
                Number exact = Decimals.exact(text, p);
                double d = exact.doubleValue();
                n.numbers.add(d, exact, o);
                n.numbers.noteFloat(Decimals.decimals(text));
                n.values.add(exact, o);
            }
            default -> throw new IllegalStateException("unexpected token " + t);
        }
    }

    private void object(JsonParser p, PathNode n, long o) throws IOException {
        n.objects++;
        long keys = 0;
        PathNode prev = null;
        Set<String> dynamicKeys = null; // this object's keys once it is a dynamic map (duplicate check)
        JsonToken t;
        while ((t = next(p)) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            PathNode c;
            if (n.dynamic) {
                if (dynamicKeys == null) {
                    dynamicKeys = new HashSet<>();
                }
                if (!dynamicKeys.add(key)) {
                    throw duplicate(p, key);
                }
                // first position of a key = its value's (unique per key, as when members fold into keys)
                if (n.keys.add(key, order) && n.keyFormatMask != 0) {
                    n.keyFormatMask = narrowing.narrow(n.keyFormatMask, key);
                }
                c = n.mapValue(model);
            } else {
                // records mostly repeat their key order: try the member that followed last time first
                PathNode guess = prev == null ? n.firstMember : prev.nextSibling;
                PathNode skip; // or the one after it: an optional member absent here (links stay for the next record)
                if (guess != null && guess.name.equals(key)) {
                    c = guess;
                } else if (guess != null && (skip = guess.nextSibling) != null && skip.name.equals(key)) {
                    c = skip;
                } else {
                    c = n.member(key, model);
                    if (prev == null) {
                        n.firstMember = c;
                    } else {
                        prev.nextSibling = c;
                    }
                }
                if (c.seenIn == o) {
                    throw duplicate(p, key);
                }
                c.seenIn = o;
                prev = c;
            }
            keys++;
            value(p, next(p), c);
            if (!n.dynamic && n.members.size() > PathNode.MAX_MEMBERS) {
                dynamicKeys = new HashSet<>();
                for (PathNode m : n.members.values()) {
                    if (m.seenIn == o) {
                        dynamicKeys.add(m.name);
                    }
                }
                n.fold(model, formats);
            }
        }
        n.keyCounts.addLong(keys, o);
    }

    /**
     * A key that occurs twice in one object. Checked here rather than by the parser (which would hash
     * every key of every object): a member's node remembers the object it was last seen in.
     */
    private FactoreallyException duplicate(JsonParser p, String key) {
        return DuplicateKeys.error(source, key, p.currentTokenLocation());
    }

    /** Exactness and precision of JSON float literals. */
    static final class Decimals {
        private Decimals() {
        }

        /** A Double when the literal has at most 15 significant digits (exact round trip), else a BigDecimal. */
        static Number exact(String text, JsonParser p) throws IOException {
            if (significantDigits(text) <= 15) {
                return p.getDoubleValue();
            }
            return new BigDecimal(text).stripTrailingZeros();
        }

        /** As {@link #significantDigits(String)} of {@code chars[offset, offset + length)}. */
        static int significantDigits(char[] chars, int offset, int length) {
            int digits = 0;
            boolean leading = true;
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = chars[i];
                if (c == 'e' || c == 'E') {
                    break;
                }
                if (c >= '0' && c <= '9') {
                    if (leading && c == '0') {
                        continue;
                    }
                    leading = false;
                    digits++;
                }
            }
            return digits;
        }

        /** As {@link #decimals(String)} of {@code chars[offset, offset + length)}. */
        static int decimals(char[] chars, int offset, int length) {
            int dot = -1;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (c == '.') {
                    dot = i;
                } else if (c == 'e' || c == 'E') {
                    return decimals(new String(chars, offset, length)); // an exponent: rare
                }
            }
            if (dot < 0) {
                return 0;
            }
            while (end > dot + 1 && chars[end - 1] == '0') {
                end--;
            }
            return end - dot - 1;
        }

        static int significantDigits(String text) {
            return significantDigits(text.toCharArray(), 0, text.length());
        }

        /** Decimal places the literal needs: fraction digits without trailing zeros, minus the exponent. */
        static int decimals(String text) {
            int dot = -1;
            int exp = text.length();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.') {
                    dot = i;
                } else if (c == 'e' || c == 'E') {
                    exp = i;
                    break;
                }
            }
            int frac = 0;
            if (dot >= 0) {
                int end = exp;
                while (end > dot + 1 && text.charAt(end - 1) == '0') {
                    end--;
                }
                frac = end - dot - 1;
            }
            int e = 0;
            if (exp < text.length()) {
                e = Integer.parseInt(text.substring(exp + 1).replace("+", ""));
            }
            return Math.max(0, frac - e);
        }
    }
}
