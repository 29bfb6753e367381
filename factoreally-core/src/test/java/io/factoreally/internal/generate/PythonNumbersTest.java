package io.factoreally.internal.generate;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PythonNumbersTest {

    @Test
    void reprMatchesPython() {
        assertThat(PythonNumbers.repr(3.0)).isEqualTo("3.0");
        assertThat(PythonNumbers.repr(1e-05)).isEqualTo("1e-05");
        assertThat(PythonNumbers.repr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonNumbers.repr(1.5e-07)).isEqualTo("1.5e-07");
        assertThat(PythonNumbers.repr(1e16)).isEqualTo("1e+16");
        assertThat(PythonNumbers.repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PythonNumbers.repr(123.456)).isEqualTo("123.456");
        assertThat(PythonNumbers.repr(-2.5)).isEqualTo("-2.5");
        assertThat(PythonNumbers.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PythonNumbers.repr(2e-3)).isEqualTo("0.002");
        assertThat(PythonNumbers.repr(1.2345e22)).isEqualTo("1.2345e+22");
        assertThat(PythonNumbers.repr(-0.0)).isEqualTo("-0.0");
    }

    @Test
    void strOfIntegersIsTheirDigits() {
        assertThat(PythonNumbers.str(777L)).isEqualTo("777");
        assertThat(PythonNumbers.str(new BigInteger("100000000000000000000"))).isEqualTo("100000000000000000000");
        assertThat(PythonNumbers.str(777.0)).isEqualTo("777.0");
    }

    @Test
    void roundIsHalfEvenOnTheExactBinaryValue() {
        assertThat(PythonNumbers.round(2.675, 2)).isEqualTo(2.67); // 2.67499999... in binary
        assertThat(PythonNumbers.round(0.125, 2)).isEqualTo(0.12); // exact tie -> even
        assertThat(PythonNumbers.round(0.375, 2)).isEqualTo(0.38);
        assertThat(PythonNumbers.round(2.5, 0)).isEqualTo(2.0);
        assertThat(PythonNumbers.round(3.5, 0)).isEqualTo(4.0);
        assertThat(PythonNumbers.round(169.85149, 1)).isEqualTo(169.9);
        assertThat(PythonNumbers.round(-1.005, 2)).isEqualTo(-1.0);
    }
}
