package io.factoreally.internal.evaluate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StringFormatTest {
    @Test
    void classifiesCommonFormats() {
        assertThat(StringFormat.of("")).isEqualTo(StringFormat.EMPTY);
        assertThat(StringFormat.of("3b241101-e2bb-4255-8caf-4136c566a962")).isEqualTo(StringFormat.UUID);
        assertThat(StringFormat.of("2019-05-15T15:20:33Z")).isEqualTo(StringFormat.ISO_DATETIME);
        assertThat(StringFormat.of("2019-05-15T15:20:33.123+02:00")).isEqualTo(StringFormat.ISO_DATETIME);
        assertThat(StringFormat.of("2012-01-01")).isEqualTo(StringFormat.ISO_DATE);
        assertThat(StringFormat.of("ann.lee@example.com")).isEqualTo(StringFormat.EMAIL);
        assertThat(StringFormat.of("https://api.github.com/repos/x/y")).isEqualTo(StringFormat.URL);
        assertThat(StringFormat.of("004")).isEqualTo(StringFormat.NUMERIC);
        assertThat(StringFormat.of("-12.5")).isEqualTo(StringFormat.NUMERIC);
        assertThat(StringFormat.of("6dcb09b5b57875f334f61aebed695e2e4193db5e")).isEqualTo(StringFormat.HEX);
        assertThat(StringFormat.of("auth0|5f7c8ec7c33c6c004bbafe82")).isEqualTo(StringFormat.PREFIXED_ID);
        assertThat(StringFormat.of("usr_8Hk2a")).isEqualTo(StringFormat.PREFIXED_ID);
        assertThat(StringFormat.of("Gentoo")).isEqualTo(StringFormat.WORD);
        assertThat(StringFormat.of("chevrolet chevelle malibu")).isEqualTo(StringFormat.TEXT);
        assertThat(StringFormat.of("line\r\nbreak")).isEqualTo(StringFormat.TEXT);
    }
}
