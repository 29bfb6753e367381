package io.factoreally.examples.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.Factory;
import io.factoreally.examples.github.WebhookNotifier.Kind;
import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.RealisticBatch;
import io.factoreally.junit5.RealisticSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link WebhookNotifier} tested with realistic GitHub webhook payloads: about 1,300 field paths
 * learned from 98 sample payloads, modelled only where the notifier reads them.
 */
@RealisticSpec("github-webhook.spec.json")
class WebhookNotifierTest {

    private final WebhookNotifier notifier = new WebhookNotifier();

    @Test
    void pushes(@Realistic(overrides = {"ref=refs/heads/main", "commits=[{\"id\": \"a1\"}, {\"id\": \"b2\"}]",
            "sender.login=octocat", "repository.full_name=octo/hello"}) WebhookPayload push) {
        assertThat(notifier.kind(push)).isEqualTo(Kind.PUSH);
        assertThat(notifier.notification(push)).isEqualTo("[octo/hello] octocat pushed 2 commit(s) to refs/heads/main");
    }

    @Test
    void everyPayloadNamesItsSenderAndRepository(@RealisticBatch(size = 100) JsonNode[] payloads) {
        Stream<String> senders = Arrays.stream(payloads).map(p -> p.at("/sender/login").asText());
        Stream<String> repositories = Arrays.stream(payloads).map(p -> p.at("/repository/full_name").asText());

        assertThat(senders).allSatisfy(login -> assertThat(login).isNotBlank());
        assertThat(repositories).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void everyLabelOfAnIssue(@Realistic Factory payloads) {
        // An every-element override: issue.labels.name sets the name of each label of the issue.
        List<Map<String, Object>> withLabels = payloads
                .with("issue.labels.name", "needs-triage")
                .stream()
                .filter(p -> p.get("issue") instanceof Map<?, ?> issue && issue.get("labels") instanceof List<?> l
                        && !l.isEmpty())
                .limit(20)
                .toList();

        assertThat(withLabels).hasSize(20).allSatisfy(p -> {
            List<?> labels = (List<?>) ((Map<?, ?>) p.get("issue")).get("labels");
            assertThat(labels).allSatisfy(label -> assertThat(label).asString().contains("name=needs-triage"));
        });
    }

    @Test
    void commentsOnIssuesAndOnPullRequestsAreToldApart(@Realistic Factory payloads) {
        Factory comments = payloads
                .with("ref", (Object) null).with("commits", (Object) null).with("review", (Object) null)
                .with("comment", Map.of("body", "LGTM"));

        WebhookPayload onIssue = comments
                .with("pull_request", (Object) null).with("issue", Map.of("number", 7))
                .build(WebhookPayload.class);
        WebhookPayload onPullRequest = comments
                .with("pull_request", Map.of("number", 9))
                .build(WebhookPayload.class);

        assertThat(notifier.notification(onIssue)).endsWith(" a comment on issue #7").startsWith("[");
        assertThat(notifier.kind(onPullRequest)).isEqualTo(Kind.PULL_REQUEST_REVIEW_COMMENT);
        assertThat(notifier.notification(onPullRequest)).endsWith(" a review comment on pull request #9");
    }
}
