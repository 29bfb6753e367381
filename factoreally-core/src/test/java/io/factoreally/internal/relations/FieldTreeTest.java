package io.factoreally.internal.relations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Field paths built once per field, escaped as field paths are, within a bounded number of fields. */
class FieldTreeTest {
    @Test
    void membersHaveTheirEscapedPathsAndAreKeptOnce() {
        FieldTree t = new FieldTree(10);
        FieldTree.Field a = t.root().member("a");
        FieldTree.Field ab = a.member("b.c");
        assertThat(a.path).isEqualTo("a");
        assertThat(a.nested).isFalse();
        assertThat(ab.path).isEqualTo("a.b\\.c");
        assertThat(ab.nested).isTrue();
        assertThat(t.root().member("")).satisfies(e -> assertThat(e.path).isEqualTo("\\e"));
        assertThat(t.root().member("a")).isSameAs(a);
        assertThat(a.member("b.c")).isSameAs(ab);
        assertThat(t.size()).isEqualTo(3);
        assertThat(a.column).isEqualTo(FieldTree.UNRESOLVED);
    }

    @Test
    void beyondItsBoundANewFieldIsNotKeptButHasItsPath() {
        FieldTree t = new FieldTree(2);
        FieldTree.Field x = t.root().member("x");
        FieldTree.Field y = x.member("y");
        FieldTree.Field z = x.member("z");
        assertThat(t.size()).isEqualTo(2);
        assertThat(z.path).isEqualTo("x.z");
        assertThat(z.nested).isTrue();
        assertThat(x.member("z")).isNotSameAs(z).satisfies(f -> assertThat(f.path).isEqualTo("x.z"));
        assertThat(x.member("y")).isSameAs(y);
        assertThat(new FieldTree(0).root().member("q").path).isEqualTo("q");
    }

    @Test
    void lookingUpAfterThePreviousMemberFindsTheSameFieldsInAnyOrder() {
        FieldTree t = new FieldTree(100);
        FieldTree.Field o = t.root().member("o");
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("a", "b", "c", "d", "e"));
        for (int round = 0; round < 200; round++) {
            if (round % 3 == 0) {
                java.util.Collections.shuffle(names, new java.util.Random(r.nextLong()));
            }
            FieldTree.Field previous = null;
            for (String n : names.subList(0, 1 + r.nextInt(names.size()))) {
                FieldTree.Field f = o.member(n, previous);
                assertThat(f).isSameAs(o.member(n));
                assertThat(f.path).isEqualTo("o." + n);
                assertThat(f.name).isEqualTo(n);
                previous = f;
            }
        }
        assertThat(t.size()).isEqualTo(6);
    }
}
