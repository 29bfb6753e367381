package io.factoreally.examples.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.EdgeCase;
import io.factoreally.Factory;
import io.factoreally.junit5.RealisticBatch;
import io.factoreally.junit5.RealisticEdgeCases;
import io.factoreally.junit5.RealisticSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** {@link UserService} on the boundaries of the user spec: oldest and youngest, no nickname, no tags, ... */
@RealisticSpec("user.spec.json")
class EdgeCasesTest {

    private final UserService service = new UserService(LocalDate.of(2025, 1, 1));

    @Test
    void edgeCasesInPlainCode() {
        Factory users = Factory.of("user.spec.json").seed(42);
        List<EdgeCase<Map<String, Object>>> cases = users.edgeCaseList();  // label: "age=max, nickname=null"
        List<User> bounds = users.edgeCases(User.class);                    // skips (and logs once) what User cannot hold
        Stream<Map<String, Object>> fuzz = users.withEdgeCases(0.05).stream(); // 5% of records are edge cases

        assertThat(cases).isNotEmpty().allSatisfy(c -> assertThat(c.label()).isNotBlank());
        assertThat(cases).extracting(EdgeCase::label).anySatisfy(l -> assertThat(l).contains("age=max"))
                .anySatisfy(l -> assertThat(l).contains("age=min"));
        assertThat(bounds).extracting(User::age).contains(18, 74);          // the observed range of the sample
        assertThat(fuzz.limit(100)).hasSize(100);
    }

    @Test
    void everyEdgeCaseUserIsSegmentedAndGreeted(@RealisticBatch(edgeCases = true) List<User> users) {
        assertThat(users).isNotEmpty().allSatisfy(user -> {
            assertThat(service.segment(user)).isNotNull();
            assertThat(service.greeting(user)).endsWith("!").doesNotContain("null");
        });
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @RealisticEdgeCases
    void sessionLengthsParseOnEveryBoundary(User user) {
        assertThat(service.lastSession(user)).isBetween(Duration.ZERO, Duration.ofHours(24));
        assertThat(service.daysSinceSignup(user)).isNotNegative();
    }
}
