package io.factoreally.internal.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dynamic map: the key count from its NUMBER, keys from its key hint (the value hint after the
 * count; Part A row 14) or, without one, random lowercase words of 3-8 letters. Keys are unique: each
 * key gets up to 2 x count draws to find an unused one, else the map stops growing (a small key
 * CHOICE gives fewer keys). Value j derives from (map seed, j); without a value path values are
 * empty objects.
 */
public final class MapGen extends GenNode {
    private static final long KEY_STREAM = 0x6B6579735FL;
    private final ValueSampler count;
    private final ValueSampler keys;
    private final GenNode value;

    MapGen(String path, double missingPct, double nullPct, ValueSampler count, ValueSampler keys, GenNode value,
           List<Boundary> sizes) {
        super(path, missingPct, nullPct, sizes);
        this.count = count;
        this.keys = keys;
        this.value = value;
    }

    /** The value node, or null when values are empty objects. */
    public GenNode valueNode() {
        return value;
    }

    @Override
    Object value(long contextSeed, long seed, Rng rng, EdgeRecord edge, Boundary boundary) {
        long n = size(count == null ? 0 : count(count.sample(rng)), boundary, edge, this);
        Boundary.Key forcedKey = boundary instanceof Boundary.Key k ? k : null;
        if (forcedKey != null && n == 0) {
            n = 1;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Rng keyRng = new Rng(Rng.derive(seed, KEY_STREAM));
        for (long j = 0; j < n; j++) {
            String key = j == 0 && forcedKey != null ? asKey(forcedKey.sampler().sample(keyRng)) : null;
            for (long attempt = 0; key == null && attempt < 2 * n; attempt++) {
                String k = key(keyRng);
                if (!out.containsKey(k)) {
                    key = k;
                    break;
                }
            }
            if (key == null) {
                break;
            }
            Object v = value == null ? new LinkedHashMap<String, Object>() : value.generate(Rng.derive(seed, j), edge);
            if (v != ABSENT) {
                out.put(key, v);
            }
        }
        return out;
    }

    private String key(Rng rng) {
        if (keys == null) {
            int len = 3 + rng.nextInt(6);
            char[] c = new char[len];
            for (int i = 0; i < len; i++) {
                c[i] = (char) ('a' + rng.nextInt(26));
            }
            return new String(c);
        }
        return asKey(keys.sample(rng));
    }

    private static String asKey(Object k) {
        return k instanceof String s ? s : k instanceof Number ? PythonNumbers.str(k) : String.valueOf(k);
    }
}
