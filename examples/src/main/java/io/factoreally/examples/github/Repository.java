package io.factoreally.examples.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code repository} of a webhook payload: only the parts our notifier reads. (Its
 * {@code created_at} is epoch seconds in push payloads and an ISO string elsewhere, so it is left out.)
 *
 * @param id            numeric id
 * @param name          short name
 * @param fullName      {@code owner/name}
 * @param isPrivate     whether the repository is private
 * @param owner         the owning account
 * @param htmlUrl       the repository's page
 * @param defaultBranch e.g. {@code main}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Repository(long id, String name, String fullName, @JsonProperty("private") boolean isPrivate,
                         Account owner, String htmlUrl, String defaultBranch) {
}
