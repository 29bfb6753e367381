package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.NumstrHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumstrFormatTest {
    private final NumstrFormat format = new NumstrFormat();

    @Test
    void integerStrings() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add(Integer.toString(100 + i * 3));
        }
        NumstrHint h = (NumstrHint) format.learn(Samples.of(values)).orElseThrow();
        assertThat(h.number().min()).isEqualTo(100L);
        assertThat(h.number().max()).isEqualTo(397L);
        assertThat(h.number().prec()).isNull();
    }

    @Test
    void decimalStringsKeepTheirPrecision() {
        NumstrHint h = (NumstrHint) format.learn(Samples.of("1.25", "-3.5", "10.125", "0.0000015")).orElseThrow();
        assertThat(h.number().min()).isEqualTo(-3.5);
        assertThat(h.number().max()).isEqualTo(10.125);
        assertThat(h.number().prec()).isEqualTo(7);
    }

    @Test
    void bigIntegersStayExact() {
        NumstrHint h = (NumstrHint) format.learn(Samples.of("100000000000000000000", "100000000000000000001",
                "100000000000000000002", "100000000000000000003", "100000000000000000005")).orElseThrow();
        assertThat(h.number().max()).isEqualTo(new java.math.BigInteger("100000000000000000005"));
    }

    @Test
    void fewRareIntegersKeepOnlyTheirMagnitude() {
        NumstrHint h = (NumstrHint) format.learn(Samples.of("4711", "4712")).orElseThrow();
        assertThat(h.number()).isEqualTo(new io.factoreally.internal.spec.NumberHint(1000L, 9999L, null, null));
        NumstrHint neg = (NumstrHint) format.learn(Samples.of("-42", "7")).orElseThrow();
        assertThat(neg.number()).isEqualTo(new io.factoreally.internal.spec.NumberHint(-99L, 9L, null, null));
    }

    @Test
    void leadingZerosSignsAndOtherNotationsAreNotNumstr() {
        for (String v : new String[]{"007", "09497", "+5", "1e5", "1,000", " 5", "5.", ".5", "", "-", "12a"}) {
            assertThat(format.matches(v)).as(v).isFalse();
        }
        for (String v : new String[]{"0", "-0.5", "12", "3.05", "-17"}) {
            assertThat(format.matches(v)).as(v).isTrue();
        }
    }

    @Test
    void detectedWhereTheOriginalNeverDoes() {
        assertThat(Samples.winner(Samples.of("97", "3", "44", "1268", "7"))).isEqualTo("numstr");
        // countries' idd suffixes have zero-padded codes ("01"): not numbers
        assertThat(Samples.winner(Samples.of(Samples.strings("countries.json", "idd.suffixes[]")))).isNotEqualTo("numstr");
        assertThat(Samples.winner(Samples.of("3.05", "12.5", "7.25"))).isEqualTo("numstr");
    }
}
