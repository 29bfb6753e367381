package io.factoreally.examples.users;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A user profile, the model of {@code data/users.json}. JSON names are snake_case
 * ({@code created_at}, {@code is_active}).
 *
 * @param id            random UUID
 * @param email         sign-in address
 * @param createdAt     when the account was created (UTC)
 * @param signupDate    the day of sign-up
 * @param age           in years
 * @param score         engagement score, 0 to 100
 * @param isActive      false once the account is deactivated
 * @param country       ISO 3166-1 alpha-2 code
 * @param appVersion    last app version seen, {@code major.minor.patch}
 * @param sessionLength last session's length as {@code HH:MM:SS}
 * @param address       postal address with coordinates
 * @param tags          marketing tags such as {@code vip} or {@code trial}
 * @param metadata      tracking attributes; keys vary per user (a dynamic map)
 * @param nickname      chosen display name; null or absent when none was chosen
 * @param bio           free text; absent for most users
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(
        UUID id,
        String email,
        Instant createdAt,
        LocalDate signupDate,
        int age,
        double score,
        boolean isActive,
        String country,
        String appVersion,
        String sessionLength,
        Address address,
        List<String> tags,
        Map<String, String> metadata,
        String nickname,
        String bio) {
}
