package io.factoreally.internal.relations;

import io.factoreally.internal.spec.FieldPath;

import java.util.HashMap;

/**
 * The field paths a {@link RecordSample} captures, as a tree of object levels, so that a field seen
 * again costs one lookup of its member name instead of building and hashing its path: each path is
 * built once, and a field remembers its column once known (the sample's own tree, or one per chunk of
 * records a worker captures). Bounded: after {@code maxNodes} fields, a new name gets a node of its
 * own that the tree does not keep (the same path, looked up by it as before). Not thread-safe.
 */
final class FieldTree {
    /** A field whose column has not been looked up yet. */
    static final int UNRESOLVED = -2;
    /** A field the sample has no column for, and never will (its column limit was reached). */
    static final int NONE = -1;

    /** One field: a member of the record or of an object nested in it. */
    static final class Field {
        /** The member name (null for the record itself). */
        final String name;
        /** The field path, as {@link FieldPath#member} builds it. */
        final String path;
        /** Whether it is a member of a nested object rather than of the record. */
        final boolean nested;
        /** Its column in the sample its records go to, {@link #UNRESOLVED} or {@link #NONE}. */
        int column = UNRESOLVED;
        private HashMap<String, Field> members;
        private final FieldTree tree;
        /** Lookup shortcuts: an object's first member last time, and the member that followed this one. */
        private Field first;
        private Field next;
        /** {@link FieldPath#element} and {@link FieldPath#mapValue} of the path, once asked for. */
        private String elementPath;
        private String mapValuePath;

        private Field(FieldTree tree, String name, String path, boolean nested) {
            this.tree = tree;
            this.name = name;
            this.path = path;
            this.nested = nested;
        }

        /** The path of this field's elements when it is an array (built once per field, not per record). */
        String elementPath() {
            if (elementPath == null) {
                elementPath = FieldPath.element(path);
            }
            return elementPath;
        }

        /** The path of this field's values when it is a dynamic map (built once per field). */
        String mapValuePath() {
            if (mapValuePath == null) {
                mapValuePath = FieldPath.mapValue(path);
            }
            return mapValuePath;
        }

        /** The member {@code name} of this object (a member's path below this one). */
        Field member(String name) {
            Field f = members == null ? null : members.get(name);
            if (f == null) {
                f = new Field(tree, name, FieldPath.member(path, name), this != tree.root);
                if (tree.size < tree.maxNodes) {
                    if (members == null) {
                        members = new HashMap<>();
                    }
                    members.put(name, f);
                    tree.size++;
                }
            }
            return f;
        }

        /**
         * As {@link #member(String)}, where {@code previous} is the member before it in the same object
         * (null for the first): objects mostly repeat their members' order, so the member that followed
         * {@code previous} last time is tried first.
         */
        Field member(String name, Field previous) {
            Field guess = previous == null ? first : previous.next;
            Field f = guess != null && guess.name.equals(name) ? guess : member(name);
            if (previous == null) {
                first = f;
            } else {
                previous.next = f;
            }
            return f;
        }
    }

    private final Field root;
    private final int maxNodes;
    private int size;

    /** A tree that keeps at most {@code maxNodes} fields. */
    FieldTree(int maxNodes) {
        this.maxNodes = maxNodes;
        this.root = new Field(this, null, "", false);
    }

    /** The record itself: its members are the top-level fields. */
    Field root() {
        return root;
    }

    /** Fields kept. */
    int size() {
        return size;
    }
}
