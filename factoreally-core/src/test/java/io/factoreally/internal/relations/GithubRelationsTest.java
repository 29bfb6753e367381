package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.evaluate.RecordFiles;
import io.factoreally.internal.generate.JsonValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Relations on the GitHub webhooks: the members of array elements (an assignee's URLs), an issue's
 * id, node id and URLs (NUMBER and TEMPLATE hints, tied as tuples), and a repository's two open-issue
 * counts (one of more than 32 tables in its object).
 */
class GithubRelationsTest {
    private static final Path DATA = Path.of("../../shared/data/github-webhooks.json");
    private static final int N = 3000;
    private static List<Object> real;
    private static List<Object> on;
    private static List<Object> off;

    @BeforeAll
    static void generate() {
        real = new ArrayList<>();
        RecordFiles.read(DATA).forEach(r -> real.add(JsonValues.toJava(r)));
        FactorySpec spec = SpecCreator.create(DATA, CreateOptions.defaults());
        on = new ArrayList<>(Factory.of(spec).seed(21).build(N));
        off = new ArrayList<>(Factory.of(SpecCreator.create(DATA, CreateOptions.defaults().relations(false)))
                .seed(21).build(N));
    }

    /** The objects at a path of member names, "[]" stepping into every element of an array. */
    private static List<Map<?, ?>> objects(List<Object> records, String... path) {
        List<Object> at = new ArrayList<>(records);
        for (String step : path) {
            List<Object> next = new ArrayList<>();
            for (Object o : at) {
                if (step.equals("[]") && o instanceof List<?> l) {
                    next.addAll(l);
                } else if (o instanceof Map<?, ?> m && m.get(step) != null) {
                    next.add(m.get(step));
                }
            }
            at = next;
        }
        List<Map<?, ?>> out = new ArrayList<>();
        at.forEach(o -> {
            if (o instanceof Map<?, ?> m) {
                out.add(m);
            }
        });
        return out;
    }

    /** Bias-corrected Cramér's V of two members over the objects that have both. */
    private static double cramersV(List<Map<?, ?>> objects, String a, String b) {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> cols = new HashMap<>();
        List<int[]> cells = new ArrayList<>();
        for (Map<?, ?> o : objects) {
            String x = ValueKey.of(o.get(a));
            String y = ValueKey.of(o.get(b));
            if (x != null && y != null) {
                cells.add(new int[] {rows.computeIfAbsent(x, k -> rows.size()), cols.computeIfAbsent(y, k -> cols.size())});
            }
        }
        long[][] t = new long[rows.size()][cols.size()];
        cells.forEach(c -> t[c[0]][c[1]]++);
        return Association.cramersV(t);
    }

    /** The share of objects whose {@code b} is {@code vb} among those whose {@code a} is {@code va}. */
    private static double given(List<Map<?, ?>> objects, String a, Object va, String b, Object vb) {
        List<Map<?, ?>> with = objects.stream().filter(o -> va.equals(o.get(a))).toList();
        assertThat(with).as(a + " = " + va).hasSizeGreaterThan(5);
        return with.stream().filter(o -> vb.equals(o.get(b))).count() / (double) with.size();
    }

    @Test
    void anAssigneesUrlsFollowEachOtherInEveryElement() {
        String avatar = "avatar_url";
        String events = "events_url";
        List<Map<?, ?>> realAssignees = objects(real, "issue", "assignees", "[]");
        List<Map<?, ?>> assignees = objects(on, "issue", "assignees", "[]");
        assertThat(realAssignees).hasSizeGreaterThan(30);
        assertThat(cramersV(realAssignees, avatar, events)).isCloseTo(1.0, within(0.01));
        assertThat(cramersV(assignees, avatar, events)).isGreaterThan(0.95);
        assertThat(cramersV(objects(off, "issue", "assignees", "[]"), avatar, events)).isLessThan(0.2);
        String octo = "https://octocoders.github.io/avatars/u/4?";
        String octoEvents = "https://octocoders.github.io/api/v3/users/Codertocat/events{/privacy}";
        assertThat(given(realAssignees, avatar, octo, events, octoEvents)).isEqualTo(1.0);
        assertThat(given(assignees, avatar, octo, events, octoEvents)).isGreaterThan(0.97);
    }

    @Test
    void anIssuesIdNodeIdAndUrlsAreDrawnTogether() {
        List<Map<?, ?>> realIssues = objects(real, "issue");
        List<Map<?, ?>> issues = objects(on, "issue");
        String url = "https://api.github.com/repos/Codertocat/Hello-World/issues/1";
        String node = "MDU6SXNzdWU0NDQ1MDAwNDE=";
        assertThat(given(realIssues, "url", url, "id", 444500041L)).isEqualTo(1.0);
        assertThat(given(issues, "url", url, "id", 444500041L)).isGreaterThan(0.95);
        // node_id's TEMPLATE has this value as a literal: the rare combinations' own draws (15 %) are drawn again
        // when they hit it, so it stays with its URL and keeps its share
        assertThat(given(issues, "node_id", node, "url", url)).isGreaterThan(0.97);
        assertThat(issues.stream().filter(i -> node.equals(i.get("node_id"))).count() / (double) issues.size())
                .isCloseTo(31 / 47.0, within(0.05));
        assertThat(given(objects(off, "issue"), "node_id", node, "url", url)).isLessThan(0.2);
        // the stored combination keeps its share (31 of 47 issues)
        double share = issues.stream().filter(i -> url.equals(i.get("url"))).count() / (double) issues.size();
        assertThat(share).isCloseTo(31 / 47.0, within(0.05));
        String octo = "https://octocoders.github.io/api/v3/repos/Codertocat/Hello-World/issues/1";
        assertThat(issues.stream().filter(i -> octo.equals(i.get("url")) && Long.valueOf(10).equals(i.get("id"))).count()
                / (double) issues.size()).isCloseTo(9 / 47.0, within(0.04));
        // without relations the id is drawn from its own NUMBER hint, unrelated to the URL
        assertThat(objects(off, "issue").stream().filter(i -> url.equals(i.get("url"))
                && Long.valueOf(444500041L).equals(i.get("id"))).count()).isLessThan(N / 100);
    }

    @Test
    void aRepositorysTwoOpenIssueCountsAgree() {
        for (String side : List.of("head", "base")) {
            List<Map<?, ?>> repos = objects(on, "pull_request", side, "repo");
            assertThat(repos).hasSizeGreaterThan(N / 4);
            long agree = repos.stream().filter(r -> r.get("open_issues").equals(r.get("open_issues_count"))).count();
            assertThat(agree / (double) repos.size()).as(side).isGreaterThan(0.97);
            List<Map<?, ?>> offRepos = objects(off, "pull_request", side, "repo");
            long offAgree = offRepos.stream().filter(r -> r.get("open_issues").equals(r.get("open_issues_count"))).count();
            assertThat(offAgree / (double) offRepos.size()).as(side).isLessThan(0.8);
        }
    }
}
