package io.factoreally.junit5.model;

import java.util.List;

/** The model of {@code user.spec.json}. */
public record User(String id, String name, int age, String role, boolean active, String nickname, List<String> tags,
                   Address address) {
}
