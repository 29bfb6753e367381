package io.factoreally.internal.analysis;

import java.util.Map;

/**
 * What analysis kept of a string path's values, for {@link StringFormat#learn}.
 *
 * @param counts         distinct value -> occurrences, in first-seen order; bounded: when the path had
 *                       more distinct values than the analysis keeps, this is a sample (heavy hitters
 *                       with their counts plus a seeded sample of the rest)
 * @param total          all string occurrences of the path
 * @param distinct       number of distinct values (exact while {@code complete}, else an estimate)
 * @param complete       whether {@code counts} holds every distinct value
 * @param minOccurrences the privacy rule's k
 */
public record StringSample(Map<String, Long> counts, long total, long distinct, boolean complete,
                           int minOccurrences) {
}
