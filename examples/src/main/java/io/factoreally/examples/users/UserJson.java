package io.factoreally.examples.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How the application reads a user from JSON (an HTTP body, a queue message): strict about unknown
 * fields, so a test with realistic JSON finds every field the model forgot.
 */
public final class UserJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private UserJson() {
    }

    /** Reads one user. */
    public static User read(String json) {
        try {
            return MAPPER.readValue(json, User.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a user: " + e.getOriginalMessage(), e);
        }
    }
}
