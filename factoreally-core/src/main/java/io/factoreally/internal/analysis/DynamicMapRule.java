package io.factoreally.internal.analysis;

import java.util.regex.Pattern;

/**
 * Decides, after reading and without a model, which objects are dynamic maps (keys are data, not
 * field names). An object path is a dynamic map when
 * <ul>
 *   <li>its key set varies: at least {@value #MIN_KEYS} distinct keys, seen in at least
 *       {@value #MIN_OBJECTS} objects, and an object holds on average at most a third of them
 *       (country code -> currency, language code -> name); or</li>
 *   <li>its keys look like ids: at least two distinct keys, all ISO dates, UUIDs or integers, or at
 *       least three, all upper-case codes of 2-3 letters ({@code EUR}, {@code US}); or</li>
 *   <li>it has more than {@value PathNode#MAX_MEMBERS} distinct keys (decided while reading, to bound
 *       memory).</li>
 * </ul>
 * Objects with a small, mostly present key set stay plain objects with optional fields, which keeps
 * each field's own presence rate and values. The root is never a map. With a model, the model decides,
 * except below the paths it leaves open ({@code Object}, {@code JsonNode}).
 */
final class DynamicMapRule {
    static final int MIN_KEYS = 8;
    static final int MIN_OBJECTS = 3;
    private static final Pattern ID_KEY = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|-?\\d{1,19}");
    private static final Pattern CODE_KEY = Pattern.compile("[A-Z]{2,3}");

    private DynamicMapRule() {
    }

    static boolean isDynamic(PathNode n) {
        if (n.kind == PathNode.Kind.ROOT || !n.learnShape || n.dynamic || n.objects == 0 || n.members.isEmpty()) {
            return false;
        }
        int d = n.members.size();
        double avgKeys = n.keyCounts.sum / n.objects;
        if (d >= MIN_KEYS && n.objects >= MIN_OBJECTS && avgKeys <= d / 3.0) {
            return true;
        }
        return d >= 2 && allMatch(n, ID_KEY) || d >= 3 && allMatch(n, CODE_KEY);
    }

    private static boolean allMatch(PathNode n, Pattern p) {
        for (String k : n.members.keySet()) {
            if (!p.matcher(k).matches()) {
                return false;
            }
        }
        return true;
    }
}
