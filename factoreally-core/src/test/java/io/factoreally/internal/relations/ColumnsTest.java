package io.factoreally.internal.relations;

import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.TextHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Categories of a sampled column: one per distinct value and type, first seen first, with their keys. */
class ColumnsTest {
    private static final Map<String, List<Hint>> FIELDS = Map.of("a", List.of(new TextHint(1, 5)),
            "b", List.of(new TextHint(1, 5)));

    @Test
    void valuesOfDifferentTypesAreDifferentCategories() {
        Object[] values = {"1", 1L, true, "true", RecordSample.NULL, null, "1", 1L, Boolean.TRUE, "x", new String("x")};
        List<Object[]> rows = new ArrayList<>();
        for (Object v : values) {
            rows.add(new Object[] {v, "same"});
        }
        List<Columns.Column> cols = Columns.of(List.of("a", "b"), rows, FIELDS);
        Columns.Column a = cols.get(0);
        assertThat(a.values).containsExactly("1", 1L, true, "true", "x");
        assertThat(a.keys).containsExactly("s1", "n1", "btrue", "strue", "sx");
        assertThat(a.counts).containsExactly(2, 2, 2, 1, 2);
        assertThat(a.codes).containsExactly(0, 1, 2, 3, -1, -1, 0, 1, 2, 4, 4);
        assertThat(a.categorical()).isTrue();
        assertThat(cols.get(1).categorical()).isFalse(); // one value
        assertThat(cols.get(1).counts).containsExactly(values.length);
    }

    @Test
    void moreThanTheMostCategoriesOrAFloatIsNotCategorical() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= Columns.MAX_CATEGORIES; i++) {
            rows.add(new Object[] {"v" + i, i == 3 ? 2.5 : (Object) (long) (i % 2)});
        }
        List<Columns.Column> cols = Columns.of(List.of("a", "b"), rows, FIELDS);
        assertThat(cols.get(0).codes).isNull();
        assertThat(cols.get(0).values).hasSize(Columns.MAX_CATEGORIES);
        assertThat(cols.get(1).codes).isNull();
        assertThat(Arrays.asList(cols.get(1).values.toArray())).containsExactly(0L, 1L);
    }
}
