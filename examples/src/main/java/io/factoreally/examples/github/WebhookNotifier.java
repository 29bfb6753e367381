package io.factoreally.examples.github;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tiny piece of application logic for the examples to test with realistic webhook payloads: tells
 * the kind of event from the payload's shape and writes a one-line chat notification for it.
 */
public final class WebhookNotifier {

    /** The event families in the sample data. */
    public enum Kind { PUSH, ISSUE, ISSUE_COMMENT, PULL_REQUEST, PULL_REQUEST_REVIEW, PULL_REQUEST_REVIEW_COMMENT }

    /** The kind of event, told from the parts present (the most specific part wins). */
    public Kind kind(WebhookPayload p) {
        if (present(p.commits()) || p.ref() != null) {
            return Kind.PUSH;
        }
        if (present(p.review())) {
            return Kind.PULL_REQUEST_REVIEW;
        }
        if (present(p.comment())) {
            return present(p.pullRequest()) ? Kind.PULL_REQUEST_REVIEW_COMMENT : Kind.ISSUE_COMMENT;
        }
        if (present(p.pullRequest())) {
            return Kind.PULL_REQUEST;
        }
        if (present(p.issue())) {
            return Kind.ISSUE;
        }
        throw new IllegalArgumentException("not a webhook payload this notifier knows: no commits, ref, review, "
                + "comment, pull_request or issue");
    }

    /** A one-line notification such as {@code [octo/hello] octocat opened issue #1}. */
    public String notification(WebhookPayload p) {
        String who = p.sender().login();
        String where = "[" + p.repository().fullName() + "] ";
        return where + who + " " + switch (kind(p)) {
            case PUSH -> "pushed " + count(p.commits()) + " commit(s) to " + p.ref();
            case ISSUE -> verb(p) + " issue #" + p.issue().path("number").asLong();
            case ISSUE_COMMENT -> verb(p) + " a comment on issue #" + p.issue().path("number").asLong();
            case PULL_REQUEST -> verb(p) + " pull request #" + p.pullRequest().path("number").asLong();
            case PULL_REQUEST_REVIEW -> verb(p) + " a review of pull request #" + p.pullRequest().path("number").asLong();
            case PULL_REQUEST_REVIEW_COMMENT -> verb(p) + " a review comment on pull request #"
                    + p.pullRequest().path("number").asLong();
        };
    }

    private static String verb(WebhookPayload p) {
        return p.action() == null ? "updated" : p.action().replace('_', ' ');
    }

    private static int count(JsonNode array) {
        return array == null || !array.isArray() ? 0 : array.size();
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }
}
