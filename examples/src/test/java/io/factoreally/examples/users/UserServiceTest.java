package io.factoreally.examples.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.Factory;
import io.factoreally.examples.users.UserService.Segment;
import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.RealisticBatch;
import io.factoreally.junit5.RealisticSource;
import io.factoreally.junit5.RealisticSpec;
import io.factoreally.junit5.Seed;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UserService} tested with realistic users injected by the JUnit 5 extension. */
@RealisticSpec("user.spec.json")                      // the default spec of every injection in this class
class UserServiceTest {

    private final UserService service = new UserService(LocalDate.of(2025, 1, 1));

    @Realistic User reviewer;                         // a field: injected for each test

    @Test
    void greetsByNicknameWhenThereIsOne(@Realistic(overrides = {"nickname=Zed", "country=DE"}) User user) {
        assertThat(service.greeting(user)).isEqualTo("Hallo Zed!");
    }

    @Test
    void greetsByTheEmailNameWithoutANickname(@Realistic(overrides = "nickname=null") User user) {
        assertThat(service.displayName(user)).isEqualTo(user.email().substring(0, user.email().indexOf('@')));
    }

    @Test
    void inactiveUsersAreInactiveWhateverTheirTags(
            @Realistic(overrides = {"is_active=false", "tags=[\"vip\", \"trial\"]"}) User user) {
        assertThat(service.segment(user)).isEqualTo(Segment.INACTIVE);
    }

    @Test
    void theFieldIsARealisticUserToo() {
        assertThat(reviewer.email()).contains("@");
        assertThat(service.lastSession(reviewer)).isBetween(Duration.ZERO, Duration.ofHours(24));
    }

    @Test
    @Seed(20250101)                                   // statistics over a batch: pin the data
    void everySegmentOccursInARealisticPopulation(@RealisticBatch(size = 500) List<User> users) {
        Map<Segment, Long> counts = new EnumMap<>(Segment.class);
        users.forEach(u -> counts.merge(service.segment(u), 1L, Long::sum));

        assertThat(counts).containsOnlyKeys(Segment.values());
        // About 30 % of the sample users are tagged vip; the generated population keeps that share.
        assertThat(counts.get(Segment.VIP) / 500.0).isBetween(0.15, 0.40);
    }

    @Test
    void everyGreetingEndsTheSentence(@RealisticBatch(size = 100) Stream<User> users) {
        assertThat(users.map(service::greeting)).allSatisfy(g -> assertThat(g).endsWith("!").doesNotContain("null"));
    }

    @Test
    void signupsNeverLieInTheFuture(@RealisticBatch(size = 50) User[] users) {
        assertThat(users).hasSize(50)
                .allSatisfy(u -> assertThat(service.daysSinceSignup(u)).isNotNegative());
    }

    @Test
    void theApplicationReadsRealisticJson(@Realistic String json) {
        User user = UserJson.read(json);                 // strict: fails on a field the model lacks

        assertThat(user.id()).isNotNull();
        assertThat(user.createdAt()).isNotNull();
    }

    @Test
    void optionalFieldsAreSometimesAbsentAsInTheSample(@RealisticBatch(size = 200) List<Map<String, Object>> users) {
        long withBio = users.stream().filter(u -> u.containsKey("bio")).count();

        // bio is present on 29 % of the sample users: code must cope with both.
        assertThat(withBio).isBetween(20L, 120L);
    }

    @Test
    void nestedFieldsAsATree(@Realistic(overrides = "address.geo.lat=52.52") JsonNode user) {
        assertThat(user.at("/address/geo/lat").doubleValue()).isEqualTo(52.52);
        assertThat(user.at("/address/zip").isTextual()).as("zip codes keep leading zeros").isTrue();
    }

    @ParameterizedTest
    @RealisticSource(count = 25)
    void everySessionLengthParses(User user) {
        Duration session = service.lastSession(user);

        assertThat(session).isBetween(Duration.ZERO, Duration.ofHours(24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2030-06-30"})
    void daysSinceSignupIsNeverNegative(LocalDate today, @Realistic User user) {
        assertThat(new UserService(today).daysSinceSignup(user)).isNotNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "FR", "BR"})
    void greetsInTheLanguageOfTheCountry(String country, @Realistic Factory users) {
        User user = users.with("country", country).with("nickname", "Ana").build(User.class);

        assertThat(service.greeting(user)).doesNotStartWith("Hello").contains("Ana");
    }
}
