package io.factoreally;

/**
 * One edge-case record with the label naming the boundaries it covers, e.g.
 * {@code age=max, nickname=null} (see {@link Factory#edgeCaseList()}). The label is the display name
 * of a parameterized-test invocation and the first thing to read when the record breaks a test.
 *
 * @param record the record: a map, or the bound model object
 * @param label  the boundaries covered, {@code path=boundary} joined by {@code ", "}, in spec order;
 *               {@code typical} for a record that covers none
 * @param <T>    the record type
 */
public record EdgeCase<T>(T record, String label) {
    @Override
    public String toString() {
        return label;
    }
}
