package io.factoreally.examples.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The common parts of a GitHub webhook payload ({@code data/github-webhooks.json}). The event name
 * travels in an HTTP header, not in the body, so the kind of event is told from which parts are
 * present; the event-specific parts stay {@link JsonNode}s because they differ per event family.
 *
 * @param action      what happened ({@code opened}, {@code created}, ...); null for pushes
 * @param sender      who triggered the event
 * @param repository  where
 * @param issue       issue events and issue comments
 * @param pullRequest pull-request events, reviews and review comments
 * @param comment     issue and review comments
 * @param review      pull-request reviews
 * @param ref         pushes: the pushed ref, e.g. {@code refs/heads/main}
 * @param commits     pushes: the pushed commits
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebhookPayload(String action, Account sender, Repository repository, JsonNode issue,
                             JsonNode pullRequest, JsonNode comment, JsonNode review, String ref,
                             JsonNode commits) {
}
