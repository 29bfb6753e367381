package io.factoreally.examples.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.RealisticBatch;
import io.factoreally.junit5.RealisticSpec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first example. */
@RealisticSpec("user.spec.json")                  // learned from real users by `factoreally create`
class FirstLookTest {
    UserService service = new UserService(LocalDate.of(2025, 1, 1));

    @Test
    void greetsEveryone(@RealisticBatch(size = 100) List<User> users) {
        users.forEach(user -> assertThat(service.greeting(user)).endsWith("!"));
    }

    @Test
    void inactiveUsersGetNoNewsletter(@Realistic(overrides = "is_active=false") User user) {
        assertThat(service.segment(user)).isEqualTo(UserService.Segment.INACTIVE);
    }
}
