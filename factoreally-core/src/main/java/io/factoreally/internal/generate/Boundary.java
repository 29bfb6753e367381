package io.factoreally.internal.generate;

/**
 * One boundary a spec implies for one field: left out, null, a boundary value (a numeric bound, a
 * CHOICE value, a format variant...), a dynamic-map key or a container size. An edge-case record tells each node which
 * of its boundaries to take (see {@link EdgePlan}).
 */
public sealed interface Boundary {

    /** What the label says after {@code path=}, e.g. {@code max}, {@code null}, {@code "admin"}. */
    String label();

    /**
     * Whether taking this boundary leaves no room for the field's descendants (absent, null, empty
     * container), so no boundary of a descendant can share the record.
     */
    boolean suppressesChildren();

    /** The field is left out (it has MISSING). */
    record Absent() implements Boundary {
        @Override
        public String label() {
            return "absent";
        }

        @Override
        public boolean suppressesChildren() {
            return true;
        }
    }

    /** The field is null (it has NULL). */
    record Null() implements Boundary {
        @Override
        public String label() {
            return "null";
        }

        @Override
        public boolean suppressesChildren() {
            return true;
        }
    }

    /** A scalar boundary value, drawn by {@code sampler} (which may still randomise what is not the boundary). */
    record Value(String label, ValueSampler sampler) implements Boundary {
        @Override
        public boolean suppressesChildren() {
            return false;
        }
    }

    /** One key of a dynamic map, drawn by {@code sampler} (a learned key format or value); the other keys stay realistic. */
    record Key(String label, ValueSampler sampler) implements Boundary {
        @Override
        public boolean suppressesChildren() {
            return false;
        }
    }

    /** An array length or dynamic-map key count. */
    record Size(String label, long size) implements Boundary {
        @Override
        public boolean suppressesChildren() {
            return size <= 0;
        }
    }
}
