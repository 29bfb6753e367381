package io.factoreally.internal.analysis.format;

/** Allocation-free character checks for the {@code matches} methods, which run on every value. */
final class Chars {
    private Chars() {
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
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
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!hex(c)) {
                return false;
            }
        }
        return true;
    }
}
