package io.factoreally.internal.analysis.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.UuidHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** URL, IP, phone, ISO code and versioned UUID detection, learning and generation. */
class OurFormatsTest {
    private static final Pattern URL = Pattern.compile("https?://[a-z0-9.-]+(:\\d+)?(/[!-~]*)?");

    private static List<String> make(int n, java.util.function.Function<SplittableRandom, String> f) {
        SplittableRandom r = new SplittableRandom(11);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.apply(r));
        }
        return out;
    }

    @Test
    void urlsKeepSchemeHostAndPathShape() {
        UrlFormat f = new UrlFormat();
        List<String> urls = make(300, r -> r.nextInt(4) == 0
                ? "https://api.example.com/users/" + r.nextInt(1, 100000) + "/orders"
                : "https://api.example.com/users/" + r.nextInt(1, 100000));
        assertThat(urls).allMatch(f::matches);
        assertThat(Samples.winner(Samples.of(urls))).isEqualTo("url");
        TemplateHint h = (TemplateHint) f.learn(Samples.of(urls)).orElseThrow();
        assertThat(Generated.draw(h, 1000)).allMatch(v -> v.matches("https://api\\.example\\.com/users/[1-9]\\d*(/orders)?"));
        assertThat(f.matches("api.example.com/users")).isFalse();
        assertThat(f.matches("https://")).isFalse();
        assertThat(f.matches("https://exa mple.com")).isFalse();
    }

    @Test
    void variedUrlsFallBackToSchemeHostAndOnePathSegment() {
        UrlFormat f = new UrlFormat();
        String seps = "-_.~";
        List<String> urls = make(200, r -> "http://h" + r.nextInt(1000) + ".example.org/" + "a".repeat(r.nextInt(1, 4))
                + seps.charAt(r.nextInt(4)) + "b" + seps.charAt(r.nextInt(4)) + "c" + "/x".repeat(r.nextInt(1, 6)));
        TemplateHint h = (TemplateHint) f.learn(Samples.of(urls)).orElseThrow();
        assertThat(Generated.draw(h, 1000)).allMatch(v -> URL.matcher(v).matches() && v.startsWith("http://"));
        // the github payloads' URLs are generated as URLs
        List<String> gh = Samples.strings("github-webhooks.json", "repository.url");
        if (f.learn(Samples.of(gh)).isPresent()) {
            assertThat(Generated.draw((TemplateHint) f.learn(Samples.of(gh)).orElseThrow(), 1000))
                    .allMatch(v -> URL.matcher(v).matches());
        }
    }

    @Test
    void ipv4AndIpv6() {
        IpFormat f = new IpFormat();
        List<String> v4 = make(300, r -> "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256));
        assertThat(Samples.winner(Samples.of(v4))).isEqualTo("ip");
        TemplateHint h4 = (TemplateHint) f.learn(Samples.of(v4)).orElseThrow();
        Pattern octet = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
        String v4re = "10(\\." + octet + "){3}";
        assertThat(Generated.draw(h4, 1000)).allMatch(v -> v.matches(v4re));
        List<String> v6 = make(100, r -> String.format(Locale.ROOT, "2001:db8::%x:%x", r.nextInt(65536), r.nextInt(65536)));
        v6.addAll(make(100, r -> String.format(Locale.ROOT, "fe80:0:0:0:%x:%x:%x:%x", r.nextInt(65536), r.nextInt(65536),
                r.nextInt(65536), r.nextInt(65536))));
        assertThat(v6).allMatch(f::matches);
        TemplateHint h6 = (TemplateHint) f.learn(Samples.of(v6)).orElseThrow();
        assertThat(Generated.draw(h6, 1000)).allMatch(IpFormat::isV6);
        assertThat(f.matches("256.1.1.1")).isFalse();
        assertThat(f.matches("1:2:3")).isFalse();
        assertThat(f.matches("1::2::3")).isFalse();
        // small dotted quads read as versions, as in the original
        assertThat(Samples.winner(Samples.of("1.2.3.4", "1.2.3.5", "2.0.0.1"))).isEqualTo("version");
    }

    @Test
    void phoneNumbersE164AndNational() {
        PhoneFormat f = new PhoneFormat();
        List<String> e164 = make(300, r -> "+1" + r.nextInt(200, 1000) + r.nextInt(1000000, 10000000));
        assertThat(Samples.winner(Samples.of(e164))).isEqualTo("phone");
        TemplateHint h = (TemplateHint) f.learn(Samples.of(e164)).orElseThrow();
        assertThat(Generated.draw(h, 1000)).allMatch(v -> v.matches("\\+1[1-9]\\d{9}"));
        List<String> national = make(200, r -> "(" + r.nextInt(200, 1000) + ") " + r.nextInt(200, 1000) + "-"
                + String.format(Locale.ROOT, "%04d", r.nextInt(10000)));
        national.addAll(make(100, r -> "+44 20 " + r.nextInt(1000, 10000) + " " + r.nextInt(1000, 10000)));
        TemplateHint hn = (TemplateHint) f.learn(Samples.of(national)).orElseThrow();
        assertThat(Generated.draw(hn, 1000)).allMatch(v -> v.matches("\\([1-9]\\d{2}\\) [1-9]\\d{2}-\\d{4}|\\+44 20 \\d{4} \\d{4}"));
        assertThat(f.matches("12345")).isFalse();
        assertThat(f.matches("5551234567")).isFalse(); // plain digits: NUMSTR
        assertThat(Samples.winner(Samples.of("2024-01-15", "2024-02-16"))).isEqualTo("date"); // DATE comes first
        assertThat(f.matches("+1 555 123 4567 89012")).isFalse(); // 16 digits
    }

    @Test
    void isoCodesGiveChoicesOfRealCodes() {
        CodeFormat f = new CodeFormat();
        List<String> cca2 = Samples.strings("countries.json", "cca2");
        ChoiceHint h = (ChoiceHint) f.learn(Samples.of(cca2)).orElseThrow();
        assertThat(h.choices()).extracting(JsonNode::textValue).allMatch(c -> c.matches("[A-Z]{2}"))
                .containsAll(List.of(Locale.getISOCountries()));
        List<String> currencies = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            currencies.add("EUR");
            currencies.add(i % 3 == 0 ? "USD" : "EUR");
        }
        currencies.add("JPY");
        ChoiceHint c = (ChoiceHint) f.learn(Samples.of(currencies)).orElseThrow();
        assertThat(c.choices().get(0).textValue()).isEqualTo("EUR");
        assertThat(c.weights().get(0)).isCloseTo(50 / 61.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(c.choices().get(1).textValue()).isEqualTo("USD");
        assertThat(f.learn(Samples.of("de", "en", "fr", "zz"))).isEmpty(); // 75% known
        assertThat(f.matches("XX")).isTrue();
        assertThat(f.matches("Xx")).isFalse();
        assertThat(f.matches("abc")).isFalse();
        assertThat(f.matches("ABCD")).isFalse();
        assertThat(f.learn(Samples.of("QQ", "XY", "ZQ"))).isEmpty();
        assertThat(Samples.winner(Samples.of("de", "en", "fr", "ja"))).isEqualTo("code");
    }

    @Test
    void uuidsOfOtherVersionsOrUppercase() {
        UuidFormat f = new UuidFormat();
        List<String> v7 = make(100, r -> {
            long ms = 1_700_000_000_000L + r.nextLong(1_000_000_000L);
            long hi = (ms << 16) | 0x7000L | r.nextInt(4096);
            long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(hi, lo).toString();
        });
        UuidHint h = (UuidHint) f.learn(Samples.of(v7)).orElseThrow();
        assertThat(h).isEqualTo(new UuidHint(7, false));
        assertThat(Generated.draw(h, 1000)).allMatch(v -> UUID.fromString(v).version() == 7 && UUID.fromString(v).variant() == 2
                && v.equals(v.toLowerCase(Locale.ROOT)));
        UuidHint v1 = new UuidHint(1, true);
        assertThat(Generated.draw(v1, 1000)).allMatch(v -> UUID.fromString(v).version() == 1 && v.equals(v.toUpperCase(Locale.ROOT)));
        List<String> upper4 = make(20, r -> UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
        assertThat(f.learn(Samples.of(upper4))).contains(new UuidHint(4, true));
        // lowercase v4: left to UUID4, as the original writes it
        assertThat(f.learn(Samples.of(Samples.strings("users.json", "id")))).isEmpty();
        assertThat(Samples.winner(Samples.of(Samples.strings("users.json", "id")))).isEqualTo("uuid4");
    }
}
