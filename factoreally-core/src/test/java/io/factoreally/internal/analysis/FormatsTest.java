package io.factoreally.internal.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Narrowing through a prepared {@link Formats} gives the masks of checking every format in the list. */
class FormatsTest {
    /** A format with a test, a shared matcher (or itself), and whether it declares it accepts anything. */
    private static StringFormat format(String name, Predicate<String> test, Object matcher, boolean any, int[] calls) {
        return new StringFormat() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean matches(String value) {
                calls[0]++;
                return test.test(value);
            }

            @Override
            public Object matcher() {
                return matcher == null ? this : matcher;
            }

            @Override
            public boolean matchesAnyString() {
                return any;
            }

            @Override
            public Optional<io.factoreally.internal.spec.ValueHint> learn(StringSample sample) {
                return Optional.empty();
            }
        };
    }

    @Test
    void preparedNarrowingEqualsCheckingEveryFormat() {
        int[] calls = {0};
        Object digits = new Object();
        List<StringFormat> list = new ArrayList<>();
        list.add(format("digits", s -> s.chars().allMatch(Character::isDigit), digits, false, calls));
        list.add(format("any", s -> true, null, true, calls));
        list.add(format("digits too", s -> s.chars().allMatch(Character::isDigit), digits, false, calls));
        list.add(format("short", s -> s.length() < 3, null, false, calls));
        list.add(format("any too", s -> true, null, true, calls));
        list.add(format("has a", s -> s.contains("a"), null, false, calls));
        for (StringFormat f : StringFormats.all()) {
            list.add(f);
        }
        Formats prepared = Formats.of(list);
        SplittableRandom r = new SplittableRandom(9);
        List<String> values = List.of("", "12", "123", "a", "abc", "2024-01-02", "bo@example.com", "x y z", "7a",
                "550e8400-e29b-41d4-a716-446655440000", "1.2.3", "DE", "+49 30 1234567", "https://a.example/x");
        for (int i = 0; i < 5000; i++) {
            long mask = i < 10 ? -1L : r.nextLong();
            String v = values.get(r.nextInt(values.size()));
            assertThat(prepared.narrow(mask, v)).as("%s %x", v, mask).isEqualTo(Formats.narrow(list, mask, v));
        }
        calls[0] = 0;
        assertThat(prepared.narrow(0b11, "12")).isEqualTo(0b11);
        assertThat(calls[0]).isEqualTo(1); // "any" is not run
        calls[0] = 0;
        assertThat(prepared.narrow(0b111, "x")).isEqualTo(0b010);
        assertThat(calls[0]).isEqualTo(1); // "digits too" reuses the answer of "digits"
    }

    @Test
    void formatsThatSayTheyAcceptAnyStringDo() {
        List<String> values = List.of("", " ", "a", "日本", "\uD83D\uDE00", "x".repeat(5000), "\u0000");
        for (StringFormat f : StringFormats.all()) {
            if (f.matchesAnyString()) {
                assertThat(values).as(f.name()).allMatch(f::matches);
            }
        }
        assertThat(StringFormats.all().stream().filter(StringFormat::matchesAnyString).map(StringFormat::name))
                .containsExactly("alpha", "text");
    }
}
