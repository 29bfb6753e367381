package io.factoreally.internal.relations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.factoreally.internal.spec.FieldPath;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Passes a captured record's tokens through (the parser on its {@code START_OBJECT}) and notes the
 * objects inside its arrays for an {@link ElementSample}: the first {@link ElementSample#MAX_ELEMENTS}
 * objects (and {@link ElementSample#MAX_PER_RECORD} in all) of each array that is a member of the
 * record or of an object nested in it up to {@link RecordSample#MAX_DEPTH} levels, each with its
 * members and the members of objects nested in it (as paths such as {@code issue.assignees[].login});
 * arrays inside elements are not followed.
 */
final class ElementCapture extends TokenFollowingDelegate {
    private final List<ElementSample.Element> into;
    /** Open containers; 1 = inside the record object. */
    private int depth = 1;
    /** Per open container (by depth): the path of an object whose members are followed, else null. */
    private String[] prefixes = new String[RecordSample.MAX_DEPTH + 2];
    /** Per open container: the element whose members it notes (null: not inside an element). */
    private ElementSample.Element[] sinks = new ElementSample.Element[RecordSample.MAX_DEPTH + 2];
    /** Per open container: the element path of an array whose objects are noted, else null. */
    private String[] arrays = new String[RecordSample.MAX_DEPTH + 2];
    /** Per open array: its elements so far. */
    private int[] counts = new int[RecordSample.MAX_DEPTH + 2];
    /**
     * The member whose value comes next: the path of the object it is in (null: not followed), its
     * name, and the element it belongs to (or null). Its own path is built only when it is used (an
     * object or array opens, or the member belongs to an element): most members are neither.
     */
    private String pendingPrefix;
    private String pendingName;
    private ElementSample.Element pendingSink;

    /** Paths of dynamic maps known before reading: the objects that are their values are rows too. */
    private final Predicate<String> maps;

    ElementCapture(JsonParser p, List<ElementSample.Element> into) {
        this(p, into, RecordSample.NO_MAPS);
    }

    ElementCapture(JsonParser p, List<ElementSample.Element> into, Predicate<String> maps) {
        super(p);
        this.into = into;
        this.maps = maps;
        prefixes[1] = "";
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        token(t);
        return t;
    }

    /**
     * Notes the token the parser is on, just read: for a reader that reads the record from the parser
     * itself rather than through this delegate.
     */
    void token(JsonToken t) throws IOException {
        token(t, null);
    }

    /**
     * As {@link #token(JsonToken)}, where {@code field} is the record's field whose value the token is,
     * as a {@link RecordSample} capture resolved it (or null): its path needs no building again.
     */
    void token(JsonToken t, FieldTree.Field field) throws IOException {
        if (t == null || depth == 0) {
            return;
        }
        switch (t) {
            case FIELD_NAME -> {
                pendingPrefix = prefixes[depth];
                pendingName = delegate.currentName();
                pendingSink = sinks[depth];
                if (pendingPrefix != null && pendingSink != null) {
                    pendingSink.keys.add(FieldPath.member(pendingPrefix, pendingName));
                }
            }
            case START_OBJECT, START_ARRAY -> open(t, field);
            case END_OBJECT, END_ARRAY -> depth--;
            default -> {
                if (pendingPrefix != null && pendingSink != null) {
                    pendingSink.values.add(RecordSample.scalar(delegate, t));
                }
                pendingPrefix = null;
                pendingSink = null;
            }
        }
    }

    private void open(JsonToken t, FieldTree.Field field) {
        ElementSample.Element sink = pendingSink;
        // outside elements, the capture's field is this member (same objects followed, same depth limit)
        boolean known = field != null && sink == null && pendingPrefix != null && field.name.equals(pendingName);
        String member = pendingPrefix == null ? null : known ? field.path : FieldPath.member(pendingPrefix, pendingName);
        pendingPrefix = null;
        pendingSink = null;
        if (member != null && sink != null) {
            sink.values.add(RecordSample.CONTAINER);
        }
        int outer = depth++;
        if (depth >= prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, depth * 2);
            sinks = Arrays.copyOf(sinks, depth * 2);
            arrays = Arrays.copyOf(arrays, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
        }
        boolean deep = depth > RecordSample.MAX_DEPTH + 1;
        // a dynamic map's values are like an array's elements: its keys are not members to follow
        boolean map = member != null && sink == null && t == JsonToken.START_OBJECT && !deep && maps.test(member);
        prefixes[depth] = member != null && t == JsonToken.START_OBJECT && !deep && !map ? member : null;
        sinks[depth] = member != null ? sink : null; // an object inside an element is part of it
        arrays[depth] = member != null && sink == null && t == JsonToken.START_ARRAY && !deep
                ? (known ? field.elementPath() : FieldPath.element(member))
                : map ? (known ? field.mapValuePath() : FieldPath.mapValue(member)) : null;
        counts[depth] = 0;
        if (member == null && t == JsonToken.START_OBJECT && arrays[outer] != null
                && counts[outer]++ < ElementSample.MAX_ELEMENTS && into.size() < ElementSample.MAX_PER_RECORD) {
            ElementSample.Element e = new ElementSample.Element(arrays[outer]);
            into.add(e);
            prefixes[depth] = arrays[outer];
            sinks[depth] = e;
        }
    }
}
