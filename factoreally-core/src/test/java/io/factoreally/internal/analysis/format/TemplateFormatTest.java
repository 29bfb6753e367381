package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.TemplateCodec;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateFormatTest {
    private final TemplateFormat format = new TemplateFormat();

    private static String random(SplittableRandom r, String chars, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b.toString();
    }

    private static List<String> make(int n, java.util.function.Function<SplittableRandom, String> f) {
        SplittableRandom r = new SplittableRandom(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.apply(r));
        }
        return out;
    }

    private TemplateHint learn(List<String> values) {
        assertThat(values).allMatch(format::matches);
        return (TemplateHint) format.learn(Samples.of(values)).orElseThrow();
    }

    private static void generatedMatch(TemplateHint h, String regex) {
        assertThat(Generated.draw(h, 1000)).allMatch(v -> v.matches(regex), regex);
    }

    @Test
    void prefixedSessionIds() {
        TemplateHint h = learn(make(300, r -> "sess_" + random(r, "abcdefghijklmnopqrstuvwxyz0123456789", 12)));
        assertThat(h.templates()).containsExactly(List.of(new TemplatePart.Literal("sess_"),
                new TemplatePart.Chars("a-z0-9", 12, 12, null)));
        generatedMatch(h, "sess_[a-z0-9]{12}");
    }

    @Test
    void orderNumbersKeepPrefixFrequentYearsAndPadding() {
        TemplateHint h = learn(make(300, r -> String.format(Locale.ROOT, "ord-%d-%06d", r.nextInt(3) == 0 ? 2023 : 2024,
                r.nextInt(1, 5000))));
        List<TemplatePart> t = h.templates().get(0);
        assertThat(t.get(0)).isEqualTo(new TemplatePart.Literal("ord-"));
        assertThat(t.get(1)).isInstanceOfSatisfying(TemplatePart.Choice.class,
                c -> assertThat(c.values()).containsExactly("2024", "2023"));
        assertThat(t.get(3)).isInstanceOfSatisfying(TemplatePart.IntRange.class, i -> assertThat(i.width()).isEqualTo(6));
        generatedMatch(h, "ord-(2023|2024)-00[0-4]\\d{3}");
    }

    @Test
    void lettersDashDigits() {
        TemplateHint h = learn(make(300, r -> random(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) + "-" + r.nextInt(1000, 10000)));
        generatedMatch(h, "[A-Z]{3}-[1-9]\\d{3}");
        TemplateHint sku = learn(Samples.strings("kitchen-sink.json", "sku"));
        generatedMatch(sku, "[A-Z]{3}-\\d{5}");
    }

    @Test
    void hexTokensAndLowercaseMacs() {
        TemplateHint hex = learn(make(200, r -> random(r, "0123456789abcdef", 32)));
        assertThat(hex.templates().get(0)).containsExactly(new TemplatePart.Chars("0-9a-f", 32, 32, null));
        generatedMatch(hex, "[0-9a-f]{32}");
        List<String> macs = make(200, r -> String.join(":", random(r, "0123456789abcdef", 2),
                random(r, "0123456789abcdef", 2), random(r, "0123456789abcdef", 2), random(r, "0123456789abcdef", 2),
                random(r, "0123456789abcdef", 2), random(r, "0123456789abcdef", 2)));
        assertThat(Samples.winner(Samples.of(macs))).isEqualTo("template");
        generatedMatch((TemplateHint) Samples.detect(Samples.of(macs)).orElseThrow(), "[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    }

    @Test
    void zipCodesKeepTheirLeadingZeros() {
        List<String> zips = Samples.strings("users.json", "address.zip");
        assertThat(Samples.winner(Samples.of(zips))).isEqualTo("template");
        TemplateHint h = (TemplateHint) Samples.detect(Samples.of(zips)).orElseThrow();
        assertThat(h.templates().get(0).get(0)).isInstanceOfSatisfying(TemplatePart.IntRange.class,
                i -> assertThat(i.width()).isEqualTo(5));
        List<String> out = Generated.draw(h, 1000);
        assertThat(out).allMatch(v -> v.matches("\\d{5}"));
        assertThat(out).anyMatch(v -> v.startsWith("0"));
    }

    @Test
    void severalShapesGetWeightedTemplates() {
        List<String> values = new ArrayList<>(make(300, r -> "A-" + r.nextInt(100, 1000)));
        values.addAll(make(100, r -> "B_" + r.nextInt(10, 100)));
        TemplateHint h = learn(values);
        assertThat(h.templates()).hasSize(2);
        assertThat(h.weights()).containsExactly(0.75, 0.25);
        List<String> out = Generated.draw(h, 1000);
        assertThat(out).allMatch(v -> v.matches("A-\\d{3}|B_\\d{2}"));
        assertThat(out.stream().filter(v -> v.startsWith("A")).count()).isBetween(700L, 800L);
    }

    @Test
    void tooManyShapesIsNoTemplate() {
        List<String> values = new ArrayList<>();
        String seps = "-_.:/+=~!";
        for (int i = 0; i < 90; i++) {
            values.add("a" + seps.charAt(i % 9) + i + seps.charAt((i / 9) % 9) + "b");
        }
        assertThat(format.learn(Samples.of(values))).isEmpty();
    }

    @Test
    void proseOddSpacingAndNonAsciiAreNotTemplates() {
        assertThat(format.matches("Müller")).isFalse();
        assertThat(format.matches("")).isFalse();
        assertThat(format.matches("engineer who writes about tea")).as("4 spaces").isFalse();
        assertThat(format.matches("Unit 4B Block 7 Tower")).as("4 spaces").isFalse();
        assertThat(format.matches("Unit 4B Block 7")).as("3 spaces").isTrue();
        assertThat(format.matches("1234 Northwesternmost Boulevard Ext")).as("35 characters").isTrue();
        assertThat(format.matches("12345 Northwesternmost Boulevardington E")).as("40 characters").isTrue();
        assertThat(format.matches("12345 Northwesternmost Boulevardington Ea")).as("41 with spaces").isFalse();
        assertThat(format.matches("x".repeat(TemplateFormat.MAX_LENGTH))).as("no spaces: up to 200").isTrue();
        assertThat(format.matches(" 12 Elm St")).isFalse();
        assertThat(format.matches("12 Elm St ")).isFalse();
        assertThat(format.matches("12  Elm St")).isFalse();
        assertThat(format.matches("12\tElm St")).isFalse();
        // words with a space match, but without digits they are names or categories, not templates
        assertThat(format.matches("hello world")).isTrue();
        assertThat(format.learn(Samples.of("hello world", "good night", "see you", "so long", "bye now"))).isEmpty();
        assertThat(format.learn(Samples.of("Berlin", "Austin", "Pune", "Lagos", "Tokyo", "Lyon"))).isEmpty();
    }

    @Test
    void streetAddressesKeepTheirNumbersStreetNamesAndSuffix() {
        String[] names = {"Pine", "Oak", "Elm", "Main"};
        TemplateHint h = learn(make(400, r -> r.nextInt(1, 1000) + " " + names[r.nextInt(4)] + " St"));
        List<TemplatePart> t = h.templates().get(0);
        assertThat(t).hasSize(4);
        assertThat(t.get(0)).isInstanceOf(TemplatePart.IntRange.class);
        assertThat(t.get(1)).isEqualTo(new TemplatePart.Literal(" "));
        assertThat(t.get(2)).isInstanceOfSatisfying(TemplatePart.Choice.class,
                c -> assertThat(c.values()).containsExactlyInAnyOrder(names));
        assertThat(t.get(3)).isEqualTo(new TemplatePart.Literal(" St"));
        generatedMatch(h, "[1-9]\\d{0,2} (Pine|Oak|Elm|Main) St");
    }

    @Test
    void rarePiecesAreNeverStored() {
        StringSample one = Samples.of("ord-2024-000123");
        TemplateHint h = (TemplateHint) format.learn(one).orElseThrow();
        assertThat(h.templates().get(0)).noneMatch(p -> p instanceof TemplatePart.Literal l && !l.text().equals("-")
                || p instanceof TemplatePart.Choice);
        assertThat(Generated.draw(h, 1000)).allMatch(v -> v.matches("[a-z]{3}-[1-9]\\d{3}-\\d{6}"))
                .doesNotContain("ord-2024-000123");
        // four occurrences of the prefix: still below k
        TemplateHint four = (TemplateHint) format.learn(Samples.of("ord-1", "ord-2", "ord-3", "ord-4")).orElseThrow();
        assertThat(four.templates().get(0).get(0)).isInstanceOf(TemplatePart.Chars.class);
        TemplateHint five = (TemplateHint) format.learn(Samples.of("ord-1", "ord-2", "ord-3", "ord-4", "ord-5"))
                .orElseThrow();
        assertThat(five.templates().get(0).get(0)).isEqualTo(new TemplatePart.Literal("ord-"));
    }

    @Test
    void regexOfATemplateMatchesWhatItGenerates() {
        TemplateHint h = learn(make(300, r -> "sess_" + random(r, "abcxyz", 3) + r.nextInt(100, 1000)));
        var regex = TemplateCodec.regex(h);
        assertThat(Generated.draw(h, 1000)).allMatch(v -> regex.matcher(v).matches());
    }
}
