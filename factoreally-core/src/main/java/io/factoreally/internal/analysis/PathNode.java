package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.FieldPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of one field path, with its children: members of an object, the element of an
 * array, the value of a dynamic map. A tree of these mirrors the shape of the data.
 *
 * <p>Every counter is mergeable, and between chunk boundaries linear: records added straight into a
 * tree and a fresh tree of the same records merged into it give the same statistics. The only
 * order-dependent step, evicting values from {@link ValueCounts}, waits for {@link #chunkDone}, which
 * analysis calls on a segment's tree every {@value Analysis#CHUNK} records and on the total after
 * each segment (see {@link Segments}), however many threads it uses.
 */
final class PathNode {
    /** Objects with more distinct members than this are dynamic maps whatever the model says (memory bound). */
    static final int MAX_MEMBERS = 1000;

    enum Kind { ROOT, MEMBER, ELEMENT, MAP_VALUE }

    final Kind kind;
    final String name;
    final String path;
    final PathNode parent;
    /** Whether the data decides if this object is a dynamic map (no model, or below an open model path). */
    final boolean learnShape;
    /** Number of path segments (the root is 0). */
    final int depth;

    long firstSeen = Long.MAX_VALUE;
    long occurrences;
    long nulls;
    long objects;
    long arrays;
    long bools;
    long ints;
    long floats;
    long strings;
    int minLength = Integer.MAX_VALUE;
    int maxLength = -1;
    /** Bit i set while every string so far matched format i. */
    long formatMask = -1L;
    /** Bit i set while every dynamic-map key so far matched format i. */
    long keyFormatMask = -1L;

    boolean dynamic;
    /** Lookup shortcut while extracting: the member that came first in the last object seen here. */
    PathNode firstMember;
    /** Lookup shortcut: the member that followed this one in the last object seen at the parent. */
    PathNode nextSibling;
    /** Position of the parent object this member was last seen in (an extractor's duplicate-key check). */
    long seenIn = -1;
    final LinkedHashMap<String, PathNode> members = new LinkedHashMap<>();
    PathNode element;
    PathNode mapValue;

    final NumericStats keyCounts = new NumericStats();
    final NumericStats lengths = new NumericStats();
    final NumericStats numbers = new NumericStats();
    final ValueCounts values = new ValueCounts();
    final ValueCounts keys = new ValueCounts();

    /** What the total took at this path when this segment tree was made (see {@link SegmentGuide}), or null. */
    private final SegmentGuide guide;

    PathNode(Kind kind, String name, PathNode parent, boolean learnShape, boolean dynamic) {
        this(kind, name, parent, learnShape, dynamic, null);
    }

    private PathNode(Kind kind, String name, PathNode parent, boolean learnShape, boolean dynamic,
                     SegmentGuide guide) {
        this.guide = guide;
        if (guide != null) {
            guide.apply(this);
        }
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.learnShape = learnShape;
        this.dynamic = dynamic;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.path = switch (kind) {
            case ROOT -> "";
            case MEMBER -> FieldPath.member(parent.path, name);
            case ELEMENT -> FieldPath.element(parent.path);
            case MAP_VALUE -> FieldPath.mapValue(parent.path);
        };
    }

    static PathNode root(boolean learnShape) {
        return new PathNode(Kind.ROOT, null, null, learnShape, false);
    }

    /** A root for a segment's tree, leaving out what {@code guide} says the total cannot take. */
    static PathNode root(boolean learnShape, SegmentGuide guide) {
        return new PathNode(Kind.ROOT, null, null, learnShape, false, guide);
    }

    long scalars() {
        return bools + ints + floats + strings;
    }

    PathNode member(String key, ModelPaths model) {
        PathNode c = members.get(key);
        if (c == null) {
            String p = FieldPath.member(path, key);
            c = new PathNode(Kind.MEMBER, key, this, learnShape || model.open(p), model.dynamic(p),
                    guide == null ? null : guide.member(key));
            members.put(key, c);
        }
        return c;
    }

    PathNode element(ModelPaths model) {
        if (element == null) {
            String p = FieldPath.element(path);
            element = new PathNode(Kind.ELEMENT, null, this, learnShape || model.open(p), model.dynamic(p),
                    guide == null ? null : guide.element());
        }
        return element;
    }

    PathNode mapValue(ModelPaths model) {
        if (mapValue == null) {
            String p = FieldPath.mapValue(path);
            mapValue = new PathNode(Kind.MAP_VALUE, null, this, learnShape || model.open(p), model.dynamic(p),
                    guide == null ? null : guide.mapValue());
        }
        return mapValue;
    }

    /**
     * Turns this object path into a dynamic map: each member's name becomes a key (counted as often as
     * the member occurred) and the member's statistics fold into the map-value path. Between chunk
     * boundaries (no eviction: see {@link #fold(ModelPaths, List, boolean)}).
     */
    void fold(ModelPaths model, List<StringFormat> formats) {
        fold(model, formats, false);
    }

    /**
     * Folds this object path into a dynamic map; with {@code evict}, the map value runs the chunk-boundary
     * step after each member (bounded memory when folding after reading). Members fold in first-seen
     * order, so the result depends only on the statistics, not on the order members were created.
     */
    void fold(ModelPaths model, List<StringFormat> formats, boolean evict) {
        if (dynamic && members.isEmpty()) {
            return;
        }
        dynamic = true;
        if (members.isEmpty()) {
            return;
        }
        PathNode target = mapValue(model);
        List<PathNode> ordered = new java.util.ArrayList<>(members.values());
        ordered.sort(java.util.Comparator.comparingLong(m -> m.firstSeen));
        for (PathNode m : ordered) {
            if (keys.add(m.name, m.occurrences, m.firstSeen)) {
                keyFormatMask = Formats.narrow(formats, keyFormatMask, m.name);
            }
            target.mergeFrom(m, model, formats);
            if (evict) {
                keys.chunkDone();
                target.chunkDone();
            }
        }
        members.clear();
        firstMember = null;
    }

    /**
     * The chunk-boundary step on this subtree: evicts from value and key counts that reached their
     * bound. Analysis calls it on the total after every {@value Analysis#CHUNK} records (after adding
     * them directly or merging their chunk tree) and after the last record.
     */
    void chunkDone() {
        values.chunkDone();
        keys.chunkDone();
        for (PathNode m : members.values()) {
            m.chunkDone();
        }
        if (element != null) {
            element.chunkDone();
        }
        if (mapValue != null) {
            mapValue.chunkDone();
        }
    }

    /**
     * Adds another node's statistics (same path, or a member folding into a map value). Linear: no
     * eviction (see {@link #chunkDone}).
     */
    void mergeFrom(PathNode o, ModelPaths model, List<StringFormat> formats) {
        firstSeen = Math.min(firstSeen, o.firstSeen);
        occurrences += o.occurrences;
        nulls += o.nulls;
        objects += o.objects;
        arrays += o.arrays;
        bools += o.bools;
        ints += o.ints;
        floats += o.floats;
        strings += o.strings;
        minLength = Math.min(minLength, o.minLength);
        maxLength = Math.max(maxLength, o.maxLength);
        formatMask &= o.formatMask;
        keyFormatMask &= o.keyFormatMask;
        keyCounts.merge(o.keyCounts);
        lengths.merge(o.lengths);
        numbers.merge(o.numbers);
        values.merge(o.values);
        keys.merge(o.keys);
        if (o.dynamic && !dynamic) {
            fold(model, formats);
        }
        for (Map.Entry<String, PathNode> e : o.members.entrySet()) {
            PathNode oc = e.getValue();
            if (dynamic) {
                if (keys.add(oc.name, oc.occurrences, oc.firstSeen)) {
                    keyFormatMask = Formats.narrow(formats, keyFormatMask, oc.name);
                }
                mapValue(model).mergeFrom(oc, model, formats);
            } else {
                member(e.getKey(), model).mergeFrom(oc, model, formats);
            }
        }
        if (!dynamic && members.size() > MAX_MEMBERS) {
            fold(model, formats);
        }
        if (o.element != null) {
            element(model).mergeFrom(o.element, model, formats);
        }
        if (o.mapValue != null) {
            mapValue(model).mergeFrom(o.mapValue, model, formats);
        }
    }
}
