package io.factoreally.internal.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An array: the length from its NUMBER (negative gives {@code []}); element i derives from (array
 * seed, i). Without an element path the elements are empty objects (Part A row 9).
 */
public final class ArrayGen extends GenNode {
    private final ValueSampler length;
    private final GenNode element;

    ArrayGen(String path, double missingPct, double nullPct, ValueSampler length, GenNode element,
             List<Boundary> sizes) {
        super(path, missingPct, nullPct, sizes);
        this.length = length;
        this.element = element;
    }

    /** The element node, or null when elements are empty objects. */
    public GenNode element() {
        return element;
    }

    @Override
    Object value(long contextSeed, long seed, Rng rng, EdgeRecord edge, Boundary boundary) {
        long n = size(length == null ? 0 : count(length.sample(rng)), boundary, edge, this);
        List<Object> out = new ArrayList<>((int) Math.min(n, 1 << 16));
        for (long i = 0; i < n; i++) {
            Object e = elementAt(seed, i, edge);
            if (e != ABSENT) {
                out.add(e);
            }
        }
        return out;
    }

    /** Element {@code index} of the array whose seed is {@code arraySeed} (also used to extend arrays). */
    public Object elementAt(long arraySeed, long index) {
        return elementAt(arraySeed, index, null);
    }

    private Object elementAt(long arraySeed, long index, EdgeRecord edge) {
        long ctx = Rng.derive(arraySeed, index);
        return element == null ? new LinkedHashMap<String, Object>() : element.generate(ctx, edge);
    }
}
