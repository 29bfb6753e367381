package io.factoreally.internal.bind;

import io.factoreally.FactoreallyException;
import io.factoreally.Factory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A type resolved once ({@link Binder.Target}) binds exactly like binding by class, errors included. */
class BinderTargetTest {
    /** The core tests' person spec: UUIDs, numbers, dates, nulls, nested objects and arrays. */
    static final String SPEC = "specs/person.spec.json";

    record Item(String name, int qty) {
    }

    record Person(UUID id, String name, int age, BigDecimal score, Instant created, LocalDate day, Optional<String> nickname,
                  List<String> tags, List<Item> items) {
    }

    record WrongAge(UUID age) {
    }

    @Test
    void bindsTheSameObjectsAsBindingByClass() {
        Factory factory = Factory.of(SPEC).seed(7);
        Binder.Target<Person> target = Binder.target(Person.class);
        assertThat(target.type()).isEqualTo(Person.class);
        List<Object> records = factory.seed(7).stream().limit(300).map(r -> (Object) r).toList();
        int withoutNickname = 0;
        for (Object record : records) {
            Person byTarget = Binder.bind(record, target);
            assertThat(byTarget).isEqualTo(Binder.bind(record, Person.class));
            withoutNickname += byTarget.nickname().isEmpty() ? 1 : 0;
        }
        assertThat(withoutNickname).as("nulls bound too").isBetween(1, 299);
        assertThat(records.stream().map(r -> Binder.bind(r, target)).toList())
                .isEqualTo(factory.seed(7).build(300, Person.class));
    }

    @Test
    void aValueThatDoesNotFitFailsWithTheSameMessage() {
        Object record = Factory.of(SPEC).seed(3).buildValue();
        FactoreallyException byTarget = catchThrowableOfType(FactoreallyException.class,
                () -> Binder.bind(record, Binder.target(WrongAge.class)));
        FactoreallyException byClass = catchThrowableOfType(FactoreallyException.class,
                () -> Binder.bind(record, WrongAge.class));
        assertThat(byTarget).isNotNull();
        assertThat(byTarget.getMessage()).isEqualTo(byClass.getMessage())
                .startsWith("cannot build " + WrongAge.class.getTypeName() + ": JSON field \"age\" with value ");
    }
}
