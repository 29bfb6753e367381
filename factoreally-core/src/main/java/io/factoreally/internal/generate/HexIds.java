package io.factoreally.internal.generate;

/** Random hex strings for UUID4, MAC and AUTH0_ID. */
final class HexIds {
    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

    private HexIds() {
    }

    /** A random version-4 UUID, lowercase. */
    static String uuid4(Rng rng) {
        long hi = (rng.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lo = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        char[] c = new char[36];
        int p = 0;
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                c[p++] = '-';
            }
            long word = i < 8 ? hi : lo;
            int b = (int) (word >>> (56 - 8 * (i % 8))) & 0xFF;
            c[p++] = LOWER[b >>> 4];
            c[p++] = LOWER[b & 0xF];
        }
        return new String(c);
    }

    /** Six uppercase hex pairs joined by ':'. */
    static String mac(Rng rng) {
        long r = rng.nextLong();
        char[] c = new char[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (r >>> (8 * i)) & 0xFF;
            if (i > 0) {
                c[3 * i - 1] = ':';
            }
            c[3 * i] = UPPER[b >>> 4];
            c[3 * i + 1] = UPPER[b & 0xF];
        }
        return new String(c);
    }

    /** {@code auth0|} and 24 lowercase hex digits. */
    static String auth0(Rng rng) {
        StringBuilder b = new StringBuilder(30).append("auth0|");
        long r = 0;
        for (int i = 0; i < 24; i++) {
            if (i % 16 == 0) {
                r = rng.nextLong();
            }
            b.append(LOWER[(int) (r & 0xF)]);
            r >>>= 4;
        }
        return b.toString();
    }
}
