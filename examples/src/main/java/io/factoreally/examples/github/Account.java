package io.factoreally.examples.github;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A GitHub user or organisation as webhook payloads show it ({@code sender}, {@code repository.owner}).
 *
 * @param login     the handle
 * @param id        numeric id
 * @param type      {@code User}, {@code Organization} or {@code Bot}
 * @param siteAdmin whether the account administers the GitHub instance
 * @param htmlUrl   the profile page
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Account(String login, long id, String type, boolean siteAdmin, String htmlUrl) {
}
