package io.factoreally.internal.spec;

import java.util.List;
import java.util.Map;

/**
 * Fixed-length strings drawn per position: {@code chrs} maps a charset string to the positions that
 * draw from it; unlisted positions below the highest listed one draw from {@code A-Z0-9}.
 *
 * @param chrs charset -> positions, in spec order
 */
public record AlphaHint(Map<String, List<Integer>> chrs) implements ValueHint {
    public static final String TYPE = "ALPHA";

    public AlphaHint {
        chrs = SpecCollections.copyOrdered(chrs);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
