package io.factoreally.internal.analysis.format;

import io.factoreally.internal.spec.Auth0IdHint;
import io.factoreally.internal.spec.MacHint;
import io.factoreally.internal.spec.Uuid4Hint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** AUTH0_ID, MAC and UUID4: marker hints, so detection is all there is. */
class SimpleFormatsTest {

    @Test
    void auth0() {
        Auth0IdFormat f = new Auth0IdFormat();
        assertThat(f.matches("auth0|f20f876ffc474c0251908fcd")).isTrue();
        assertThat(f.matches("auth0f20f876ffc474c0251908fcd")).isFalse();
        assertThat(f.matches("google|123")).isFalse();
        assertThat(f.learn(Samples.of(Samples.strings("kitchen-sink.json", "owner")))).contains(new Auth0IdHint());
        // a single frequent id stays CONST (Part A row 12)
        assertThat(f.learn(Samples.repeated(5, "auth0|f20f876ffc474c0251908fcd"))).isEmpty();
        assertThat(f.learn(Samples.repeated(4, "auth0|f20f876ffc474c0251908fcd"))).isPresent();
    }

    @Test
    void mac() {
        MacFormat f = new MacFormat();
        assertThat(f.matches("CE:4B:31:4F:68:D9")).isTrue();
        assertThat(f.matches("ce-4b-31-4f-68-d9")).isTrue();
        assertThat(f.matches("CE:4B:31:4F:68")).isFalse();
        assertThat(f.matches("CE:4B:31:4F:68:DG")).isFalse();
        assertThat(f.learn(Samples.of(Samples.strings("kitchen-sink.json", "device_mac")))).contains(new MacHint());
        // MAC would write these differently: left to a later format
        assertThat(f.learn(Samples.of("ce:4b:31:4f:68:d9", "CE:4B:31:4F:68:D9"))).isEmpty();
        assertThat(f.learn(Samples.of("CE-4B-31-4F-68-D9"))).isEmpty();
    }

    @Test
    void uuid4() {
        Uuid4Format f = new Uuid4Format();
        assertThat(f.matches("da60fb1c-eb7a-4995-9588-532d4242aadb")).isTrue();
        assertThat(f.matches("DA60FB1C-EB7A-4995-9588-532D4242AADB")).isTrue();
        assertThat(f.matches("da60fb1c-eb7a-4995-9588-532d4242aad")).isFalse();
        assertThat(f.matches("da60fb1ceb7a49959588532d4242aadb")).isFalse();
        // one character that is not a hex digit, in each of the five groups, or not ASCII at all
        for (int at : new int[] {0, 7, 9, 12, 14, 17, 19, 22, 24, 35}) {
            for (char bad : new char[] {'g', 'G', '-', ' ', '\u00e9', '\u0661'}) {
                StringBuilder v = new StringBuilder("da60fb1c-eb7a-4995-9588-532d4242aadb");
                v.setCharAt(at, bad);
                assertThat(f.matches(v.toString())).as(v.toString()).isFalse();
            }
        }
        assertThat(f.matches("da60fb1c+eb7a-4995-9588-532d4242aadb")).isFalse();
        assertThat(f.learn(Samples.of(Samples.strings("users.json", "id")))).contains(new Uuid4Hint());
    }
}
