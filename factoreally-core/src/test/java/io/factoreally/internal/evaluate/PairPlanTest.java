package io.factoreally.internal.evaluate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PairPlanTest {
    private static PairPlan pair(String level, int i, double association) {
        FieldPlan a = new FieldPlan(level + ".a" + i, level, FieldPlan.Kind.CATEGORY, false, false, false);
        FieldPlan b = new FieldPlan(level + ".b" + i, level, FieldPlan.Kind.CATEGORY, false, false, false);
        return new PairPlan(PairKind.CATEGORICAL, a, b, association, 100);
    }

    @Test
    void oneLevelCannotCrowdOutTheOthers() {
        List<PairPlan> sorted = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sorted.add(pair("user", i, 1.0));
        }
        for (int i = 0; i < 3; i++) {
            sorted.add(pair("order", i, 0.5 - i * 0.1));
        }
        List<PairPlan> chosen = PairPlan.select(sorted, 50);
        assertThat(chosen).hasSize(50);
        assertThat(chosen.stream().filter(p -> p.first().container().equals("order"))).hasSize(3);
        // still ordered by association: the 47 user pairs first
        assertThat(chosen.get(46).association()).isEqualTo(1.0);
        assertThat(chosen.get(47).association()).isEqualTo(0.5);
    }

    @Test
    void aSingleLevelKeepsTheTopPairs() {
        List<PairPlan> sorted = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sorted.add(pair("", i, 1 - i / 100.0));
        }
        assertThat(PairPlan.select(sorted, 50)).isEqualTo(sorted.subList(0, 50));
    }
}
