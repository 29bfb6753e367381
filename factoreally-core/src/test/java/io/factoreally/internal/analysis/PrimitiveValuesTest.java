package io.factoreally.internal.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting numbers without boxing them gives exactly the statistics of counting them boxed. */
class PrimitiveValuesTest {
    /** Float literals: exponents, trailing zeros, leading zeros, signs, many digits. */
    private static final List<String> LITERALS = List.of("0.0", "-0.0", "1.50", "00.1", "-12.3400", "1e5", "1.5E-3",
            "2.50e+2", "0.000120", "123456789.123456", "1.2345678901234567", "9.0", "-1E-10", "3.14159e2", "10.00",
            "0.1e1", "7.");

    @Test
    void decimalsAndDigitsFromABufferEqualThoseOfTheString() {
        for (String s : LITERALS) {
            char[] c = ("xx" + s + "yyy").toCharArray();
            assertThat(Extractor.Decimals.decimals(c, 2, s.length())).as(s).isEqualTo(Extractor.Decimals.decimals(s));
            assertThat(Extractor.Decimals.significantDigits(c, 2, s.length())).as(s)
                    .isEqualTo(Extractor.Decimals.significantDigits(s));
        }
        assertThat(Extractor.Decimals.decimals("-12.3400".toCharArray(), 0, 8)).isEqualTo(2);
        assertThat(Extractor.Decimals.decimals("1.5E-3".toCharArray(), 0, 6)).isEqualTo(4);
        assertThat(Extractor.Decimals.significantDigits("00.1200".toCharArray(), 0, 7)).isEqualTo(4);
    }

    @Test
    void doublesCountedUnboxedEqualDoublesCountedBoxed() {
        SplittableRandom r = new SplittableRandom(5);
        NumericStats unboxed = new NumericStats();
        NumericStats boxed = new NumericStats();
        ValueCounts unboxedValues = new ValueCounts(16);
        ValueCounts boxedValues = new ValueCounts(16);
        for (int i = 0; i < 20_000; i++) {
            long order = (long) i << 24;
            int kind = r.nextInt(10);
            double d = kind == 0 ? (r.nextBoolean() ? 0.0 : -0.0)
                    : kind < 5 ? r.nextInt(50) / 4.0 : r.nextDouble() * 1e6;
            if (kind == 9 && i % 7 == 0) { // a long among the doubles: the bounds become Longs for a while
                long v = r.nextInt(100);
                unboxed.addLong(v, order);
                boxed.addLong(v, order);
                assertThat(unboxedValues.addLong(v, order)).isEqualTo(boxedValues.add((Object) v, order));
            } else {
                unboxed.addDouble(d, order);
                boxed.add(d, Double.valueOf(d), order);
                assertThat(unboxedValues.addDouble(d, order)).isEqualTo(boxedValues.add((Object) d, order));
            }
            if (i % 1000 == 999) {
                unboxedValues.chunkDone();
                boxedValues.chunkDone();
            }
            if (i % 997 == 0) {
                assertThat(TreeDump.numbers("n", unboxed, new StringBuilder()))
                        .isEqualTo(TreeDump.numbers("n", boxed, new StringBuilder()));
            }
        }
        assertThat(TreeDump.numbers("n", unboxed, new StringBuilder()))
                .isEqualTo(TreeDump.numbers("n", boxed, new StringBuilder()));
        assertThat(unboxed.sum).isEqualTo(boxed.sum);
        assertThat(unboxedValues.complete()).isFalse();
        assertThat(TreeDump.values("v", unboxedValues, new StringBuilder()))
                .isEqualTo(TreeDump.values("v", boxedValues, new StringBuilder()))
                .contains("Double:0.0 ", "Double:-0.0 ");
    }

    @Test
    void negativeZeroAndZeroAreTwoValuesButOneBound() {
        ValueCounts v = new ValueCounts();
        assertThat(v.addDouble(0.0, 1)).isTrue();
        assertThat(v.addDouble(-0.0, 2)).isTrue();
        assertThat(v.addDouble(0.0, 3)).isFalse();
        assertThat(v.add((Object) (-0.0), 4)).isFalse();
        assertThat(v.entries().values().stream().map(e -> e.count).toList()).containsExactly(2L, 2L);
        NumericStats s = new NumericStats();
        s.addDouble(0.0, 1);
        s.addDouble(-0.0, 2);
        s.addDouble(-0.0, 0);
        assertThat(s.min).isEqualTo(-0.0); // equal bounds: the first seen (order 0) wins
        assertThat(s.max).isEqualTo(-0.0);
    }
}
