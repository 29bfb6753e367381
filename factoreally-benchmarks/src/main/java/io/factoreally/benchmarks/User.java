package io.factoreally.benchmarks;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The shape of {@code users.spec.json} as a Java model, for typed output and for Instancio. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(UUID id, String email, String nickname, int age, double score, String country, boolean isActive,
                   OffsetDateTime createdAt, LocalDate signupDate, String sessionLength, String appVersion, String bio,
                   Address address, Map<String, String> metadata, List<String> tags) {

    /** A postal address. */
    public record Address(String street, String city, String zip, Geo geo) {
    }

    /** Coordinates. */
    public record Geo(double lat, double lng) {
    }
}
