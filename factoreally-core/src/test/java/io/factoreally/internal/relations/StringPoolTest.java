package io.factoreally.internal.relations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StringPoolTest {
    @Test
    void aRepeatedStringIsHeldOnce() {
        StringPool pool = new StringPool();
        String first = pool.canonical(new String("open"));
        String again = pool.canonical(new String("open"));
        assertThat(again).isSameAs(first).isEqualTo("open");
    }

    @Test
    void differentStringsStayThemselves() {
        StringPool pool = new StringPool();
        // "Aa" and "BB" share a hash, so they compete for one slot: each comes back equal to itself
        String aa = new String("Aa");
        String bb = new String("BB");
        assertThat(pool.canonical(aa)).isSameAs(aa);
        assertThat(pool.canonical(bb)).isSameAs(bb);
        assertThat(pool.canonical(new String("Aa"))).isEqualTo("Aa");
        for (int i = 0; i < 100_000; i++) {
            String s = "v" + i;
            assertThat(pool.canonical(s)).isEqualTo(s);
        }
    }
}
