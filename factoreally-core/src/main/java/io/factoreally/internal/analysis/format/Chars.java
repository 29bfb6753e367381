package io.factoreally.internal.analysis.format;

/** Allocation-free character checks for the {@code matches} methods, which run on every value. */
final class Chars {
    private Chars() {
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** End of the run of digits in {@code s} that starts at {@code from}. */
    static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && digit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code s} is a clock duration {@code [d{1,9}.]h{1,2}:mm:ss[.f{1,9}]}: exactly
     * {@code DurationFormat}'s clock pattern, without a regex (this runs on every new value).
     */
    static boolean clock(String s) {
        int n = s.length();
        int end = digitsEnd(s, 0);
        int run = end;
        if (end < n && s.charAt(end) == '.') { // days
            if (run < 1 || run > 9) {
                return false;
            }
            int start = end + 1;
            end = digitsEnd(s, start);
            run = end - start;
        }
        if (run < 1 || run > 2 || end + 6 > n || s.charAt(end) != ':' || s.charAt(end + 3) != ':'
                || !digits(s, end + 1, end + 3) || !digits(s, end + 4, end + 6)) {
            return false;
        }
        int i = end + 6;
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int f = digitsEnd(s, i + 1) - i - 1;
        return i + 1 + f == n && f >= 1 && f <= 9;
    }

    /**
     * Whether {@code s} is an ISO date-time
     * {@code yyyy-mm-dd[Tt ]hh:mm[:ss[[.,]f{1,9}]][Z|z|+hh:mm|+hhmm|+hh]} (sign + or -): exactly
     * {@code DatetimeFormat}'s ISO pattern, without a regex (this runs on every new value).
     */
    static boolean isoDatetime(String s) {
        int n = s.length();
        if (n < 16 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-'
                || !digits(s, 8, 10) || "Tt ".indexOf(s.charAt(10)) < 0 || !digits(s, 11, 13)
                || s.charAt(13) != ':' || !digits(s, 14, 16)) {
            return false;
        }
        int i = 16;
        if (i < n && s.charAt(i) == ':') { // seconds, then an optional fraction
            if (i + 3 > n || !digits(s, i + 1, i + 3)) {
                return false;
            }
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int end = digitsEnd(s, i + 1);
                if (end - i - 1 < 1 || end - i - 1 > 9) {
                    return false;
                }
                i = end;
            }
        }
        if (i == n) {
            return true;
        }
        char z = s.charAt(i);
        if (z == 'Z' || z == 'z') {
            return i + 1 == n;
        }
        if (z != '+' && z != '-') {
            return false;
        }
        int rest = n - i - 1;
        return rest == 2 && digits(s, i + 1, n)
                || rest == 4 && digits(s, i + 1, n)
                || rest == 5 && digits(s, i + 1, i + 3) && s.charAt(i + 3) == ':' && digits(s, i + 4, n);
    }

    static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean alnum(char c) {
        return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether {@code s[from, to)} is all digits (and not empty). */
    static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number in {@code s[from, to)}, all digits. */
    static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Whether year/month/day form a real calendar day (proleptic Gregorian). */
    static boolean realDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int length = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= length;
    }

    /** Whether {@code s} is 8-4-4-4-12 hex digits. */
    static boolean uuid(String s) {
        if (s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-'
                || s.charAt(23) != '-') {
            return false;
        }
        // the five groups of hex digits, each a plain loop (every id of a UUID field passes through here)
        return hexRun(s, 0, 8) && hexRun(s, 9, 13) && hexRun(s, 14, 18) && hexRun(s, 19, 23) && hexRun(s, 24, 36);
    }

    /** Whether {@code s[from, to)} are all hex digits. */
    private static boolean hexRun(String s, int from, int to) {
        boolean ok = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            ok &= c < 128 && HEX[c];
        }
        return ok;
    }

    /** The one test behind the formats that match UUIDs (see {@code StringFormat.matcher()}). */
    static final Object UUID = new Object();

    private static final boolean[] HEX = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            HEX[c] = hex(c);
        }
    }
}
