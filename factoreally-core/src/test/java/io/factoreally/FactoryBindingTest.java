package io.factoreally;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed output through Jackson: records, POJOs, java.time, UUID, BigDecimal, enums, Optional; exact errors. */
class FactoryBindingTest {

    enum Tier { free, pro }

    record Item(String name, int qty) {
    }

    record Address(String city, String zip) {
    }

    /** Declares fewer properties than the spec has (metadata is ignored). */
    record Person(UUID id, String name, int age, BigDecimal score, Tier tier, Instant created, LocalDate day,
                  Optional<String> nickname, Address address, List<String> tags, List<Item> items) {
    }

    record Timed(OffsetDateTime created) {
    }

    /** A classic POJO with a default constructor and setters. */
    public static class PersonBean {
        private String name;
        private long age;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public long getAge() {
            return age;
        }

        public void setAge(long age) {
            this.age = age;
        }
    }

    record WrongAge(UUID age) {
    }

    record WrongItems(List<WrongQty> items) {
    }

    record WrongQty(Tier qty) {
    }

    private static Factory person() {
        return FactoryTest.person();
    }

    @Test
    void bindsRecordsWithJavaTimeUuidBigDecimalEnumsAndOptionals() {
        List<Person> people = person().build(200, Person.class);
        List<Map<String, Object>> maps = person().build(200);
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            Map<String, Object> m = maps.get(i);
            assertThat(p.id()).hasToString((String) m.get("id"));
            assertThat(p.age()).isEqualTo(((Long) m.get("age")).intValue());
            assertThat(p.score()).isEqualByComparingTo(BigDecimal.valueOf((Double) m.get("score")));
            assertThat(p.tier().name()).isEqualTo(m.get("tier"));
            assertThat(p.created()).isEqualTo(OffsetDateTime.parse((String) m.get("created")).toInstant());
            assertThat(p.day()).isEqualTo(LocalDate.parse((String) m.get("day")));
            assertThat(p.nickname()).isEqualTo(Optional.ofNullable((String) m.get("nickname")));
            assertThat(p.items()).hasSize(((List<?>) m.get("items")).size());
            if (m.get("address") == null) {
                assertThat(p.address()).isNull();
            } else {
                assertThat(p.address().zip()).matches("\\d{5}");
            }
        }
        assertThat(person().build(Person.class)).isEqualTo(people.get(0));
    }

    @Test
    void offsetDateTimesKeepTheirOffset() {
        Factory f = Factory.of(FactorySpec.fromJson("{\"fields\": {\"created\": {\"DATETIME\": {"
                + "\"min\": \"2024-01-01T00:00:00+02:00\", \"max\": \"2024-01-02T00:00:00+02:00\"}}}}")).seed(1);
        assertThat(f.build(Timed.class).created().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void bindsPojos() {
        PersonBean b = person().build(PersonBean.class);
        Map<String, Object> m = person().build();
        assertThat(b.getName()).isEqualTo(m.get("name"));
        assertThat(b.getAge()).isEqualTo(m.get("age"));
    }

    @Test
    void aValueThatDoesNotFitNamesTheFieldTheValueAndTheType() {
        Object age = person().recordAt(0).get("age");
        assertThatThrownBy(() -> person().build(WrongAge.class))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("cannot build " + WrongAge.class.getTypeName() + ": JSON field \"age\" with value "
                        + age + " cannot be converted to java.util.UUID (");
        Object qty = ((Map<?, ?>) ((List<?>) person().recordAt(0).get("items")).get(0)).get("qty");
        assertThatThrownBy(() -> person().build(WrongItems.class))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("cannot build " + WrongItems.class.getTypeName()
                        + ": JSON field \"items[0].qty\" with value " + qty + " cannot be converted to " + Tier.class.getTypeName() + " (");
    }
}
