package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EmailFormatTest {
    static final String EMAIL = "[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}";
    private final EmailFormat format = new EmailFormat();

    /** Every text a template stores verbatim. */
    static Set<String> storedTexts(TemplateHint h) {
        Set<String> out = new HashSet<>();
        for (List<TemplatePart> t : h.templates()) {
            for (TemplatePart p : t) {
                if (p instanceof TemplatePart.Literal l) {
                    out.add(l.text());
                } else if (p instanceof TemplatePart.Choice c) {
                    out.addAll(c.values());
                }
            }
        }
        return out;
    }

    @Test
    void detection() {
        assertThat(format.matches("bo.okafor244@gmail.com")).isTrue();
        assertThat(format.matches("a+tag@sub.example.co.uk")).isTrue();
        assertThat(format.matches("@gmail.com")).isFalse();
        assertThat(format.matches("bo@gmail")).isFalse();
        assertThat(format.matches("bo okafor@gmail.com")).isFalse();
        assertThat(format.matches("bo@@gmail.com")).isFalse();
        assertThat(format.matches(".bo@gmail.com")).isFalse();
        // characters a local part may have, but a domain may not
        assertThat(format.matches("bo@gm_ail.com")).isFalse();
        assertThat(format.matches("bo@gmail.c%om")).isFalse();
        assertThat(format.matches("bo@gm+ail.com")).isFalse();
        assertThat(format.matches("bo@gmail.com@x.org")).isFalse();
        assertThat(format.matches("bo@gm\u00e9il.com")).isFalse();
        assertThat(format.matches("b_o%1+x@gmail.com")).isTrue();
    }

    @Test
    void usersEmailsKeepShapeAndDomainMixButNoRawLocalPart() {
        List<String> emails = Samples.strings("users.json", "email");
        StringSample sample = Samples.of(emails);
        assertThat(Samples.winner(sample)).isEqualTo("email");
        TemplateHint h = (TemplateHint) format.learn(sample).orElseThrow();
        Set<String> stored = storedTexts(h);
        Set<String> localParts = new HashSet<>();
        emails.forEach(e -> localParts.add(e.substring(0, e.indexOf('@'))));
        assertThat(stored).doesNotContainAnyElementsOf(localParts);
        List<String> out = Generated.draw(h, 1000);
        assertThat(out).allMatch(v -> v.matches(EMAIL));
        // the domain mix: generated shares within 5 points of the input's
        Set<String> domains = new HashSet<>();
        emails.forEach(e -> domains.add(e.substring(e.indexOf('@') + 1)));
        for (String d : domains) {
            double in = emails.stream().filter(e -> e.endsWith("@" + d)).count() / (double) emails.size();
            double gen = out.stream().filter(e -> e.endsWith("@" + d)).count() / 1000.0;
            if (in * emails.size() >= Samples.K) {
                assertThat(gen).as(d).isCloseTo(in, org.assertj.core.data.Offset.offset(0.05));
            }
        }
        // generated emails are not the input's (they are synthetic)
        assertThat(out.stream().filter(new HashSet<>(emails)::contains).count()).isLessThan(20);
    }

    @Test
    void rareDomainsAreNotStored() {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            emails.add("user" + (100 + i) + "@gmail.com");
        }
        emails.add("ceo@tinycorp.io");
        emails.add("x123@secret-lab.org");
        TemplateHint h = (TemplateHint) format.learn(Samples.of(emails)).orElseThrow();
        assertThat(storedTexts(h)).noneMatch(t -> t.contains("tinycorp") || t.contains("secret-lab") || t.contains("ceo"));
        List<String> out = Generated.draw(h, 1000);
        assertThat(out).allMatch(v -> v.matches(EMAIL));
        long gmail = out.stream().filter(v -> v.endsWith("@gmail.com")).count();
        assertThat(gmail).isBetween(860L, 950L); // 20 of 22
        assertThat(out).filteredOn(v -> !v.endsWith("@gmail.com")).allMatch(v -> v.endsWith(".com"));
    }
}
