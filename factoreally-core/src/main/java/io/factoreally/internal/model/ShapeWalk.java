package io.factoreally.internal.model;

import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.ser.impl.BeanAsArraySerializer;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.spec.FieldPath;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One walk over a model's type graph (single use, not thread-safe); see {@link ModelIntrospector}. */
final class ShapeWalk {
    /** How often one bean type may be entered on a single path. */
    static final int MAX_RECURSION = 3;
    /** Maximum path depth in segments. */
    static final int MAX_DEPTH = 64;
    /** Maximum number of bean visits in one walk. */
    static final int MAX_VISITS = 50_000;

    private final ObjectMapper mapper;
    private final Class<?> model;
    private final SerializationConfig ser;
    private final DeserializationConfig deser;
    private final AnnotationIntrospector annotations;
    private final Set<String> dynamic = new LinkedHashSet<>();
    private final Set<String> open = new LinkedHashSet<>();
    private final Map<String, Set<String>> publicValues = new java.util.LinkedHashMap<>();
    private final Map<JavaType, Integer> onPath = new HashMap<>();
    private final Map<JavaType, Boolean> beanCache = new HashMap<>();
    private int visits;

    ShapeWalk(ObjectMapper mapper, Class<?> model) {
        this.mapper = mapper;
        this.model = model;
        this.ser = mapper.getSerializationConfig();
        this.deser = mapper.getDeserializationConfig();
        this.annotations = ser.getAnnotationIntrospector();
    }

    ModelShape run() {
        JavaType root = unwrapReference(mapper.constructType(model));
        if (isOpen(root) || root.isMapLikeType()) {
            open.add("");
        } else if (isBean(root, "")) {
            bean(root, "", 0, NameTransformer.NOP);
        } else {
            throw new FactoreallyException("Model " + model.getName()
                    + " is not a JSON object: Jackson does not write it as an object with properties");
        }
        return new ModelShape(dynamic, open, publicValues);
    }

    private void value(JavaType declared, String path, int depth) {
        if (depth > MAX_DEPTH) {
            open.add(path); // too deep to follow: learned from data
            return;
        }
        JavaType t = unwrapReference(declared);
        if (isOpen(t)) {
            open.add(path);
            return;
        }
        if (t.isEnumImplType()) {
            publicValues.put(path, enumNames(t.getRawClass()));
            return;
        }
        if (t.isMapLikeType()) {
            dynamic.add(path);
            if (t.getKeyType() != null && t.getKeyType().isEnumImplType()) {
                publicValues.put(path, enumNames(t.getKeyType().getRawClass()));
            }
            JavaType values = unwrapReference(t.getContentType());
            if (isOpen(values)) {
                open.add(path);
            } else {
                value(values, FieldPath.mapValue(path), depth + 1);
            }
            return;
        }
        if (t.isArrayType()) {
            Class<?> c = t.getContentType().getRawClass();
            if (c != byte.class && c != char.class) { // byte[] is base64 text, char[] a string
                value(t.getContentType(), FieldPath.element(path), depth + 1);
            }
            return;
        }
        if (t.isCollectionLikeType() || t.isIterationType()) {
            value(t.getContentType(), FieldPath.element(path), depth + 1);
            return;
        }
        if (isBean(t, path)) {
            bean(t, path, depth, NameTransformer.NOP);
        } else if (Iterable.class.isAssignableFrom(t.getRawClass())) {
            JavaType[] params = t.findTypeParameters(Iterable.class);
            if (params.length == 1) {
                value(params[0], FieldPath.element(path), depth + 1);
            }
        }
    }

    /** The enum's constants as Jackson writes them (names, or their {@code @JsonProperty}/{@code @JsonValue}). */
    private Set<String> enumNames(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Object constant : type.getEnumConstants()) {
            Object written = mapper.convertValue(constant, Object.class);
            if (written instanceof String s) {
                names.add(s);
            }
        }
        return names;
    }

    /** Walks the properties of a bean found at {@code path}; {@code names} renames them (unwrapping). */
    private void bean(JavaType t, String path, int depth, NameTransformer names) {
        int seen = onPath.getOrDefault(t, 0);
        if (seen >= MAX_RECURSION || ++visits > MAX_VISITS) {
            if (!path.isEmpty()) {
                open.add(path); // recursion cut off here: deeper levels are learned from data
            }
            return;
        }
        onPath.put(t, seen + 1);
        try {
            BeanDescription sd = ser.introspect(t);
            BeanDescription dd = deser.introspect(t);
            Map<String, AnnotatedMember> props = new LinkedHashMap<>();
            Map<String, JavaType> types = new LinkedHashMap<>();
            Set<String> ignoredOut = ser.getDefaultPropertyIgnorals(t.getRawClass(), sd.getClassInfo())
                    .findIgnoredForSerialization();
            Set<String> ignoredIn = deser.getDefaultPropertyIgnorals(t.getRawClass(), dd.getClassInfo())
                    .findIgnoredForDeserialization();
            for (BeanPropertyDefinition p : sd.findProperties()) {
                if (p.couldSerialize() && usable(p) && !ignoredOut.contains(p.getName())) {
                    props.put(p.getName(), p.getPrimaryMember());
                    types.put(p.getName(), p.getPrimaryType());
                }
            }
            for (BeanPropertyDefinition p : dd.findProperties()) {
                if (p.couldDeserialize() && usable(p) && !ignoredIn.contains(p.getName())
                        && !props.containsKey(p.getName())) {
                    props.put(p.getName(), p.getPrimaryMember());
                    types.put(p.getName(), p.getPrimaryType());
                }
            }
            for (Map.Entry<String, AnnotatedMember> e : props.entrySet()) {
                AnnotatedMember member = e.getValue();
                JavaType type = types.get(e.getKey());
                NameTransformer unwrapping = annotations.findUnwrappingNameTransformer(member);
                JavaType target = unwrapReference(type);
                if (unwrapping != null && !target.isContainerType() && isBean(target, path)) {
                    bean(target, path, depth, NameTransformer.chainedTransformer(names, unwrapping));
                } else if (annotations.findSerializer(member) == null && annotations.findDeserializer(member) == null) {
                    value(type, FieldPath.member(path, names.transform(e.getKey())), depth + 1);
                }
            }
            JavaType anyValue = anyValueType(sd, dd);
            if (anyValue != null) {
                if (props.isEmpty() && !path.isEmpty() && names == NameTransformer.NOP) {
                    value(mapper.getTypeFactory().constructMapType(Map.class, mapper.constructType(String.class),
                            anyValue), path, depth);
                } else {
                    open.add(path);
                }
            }
            for (JavaType sub : subtypes(t)) {
                bean(sub, path, depth, names);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw cannotRead(t, path, e);
        } finally {
            onPath.merge(t, -1, Integer::sum);
        }
    }

    /** Skips properties Jackson leaves out of the JSON: back references, types marked ignorable. */
    private boolean usable(BeanPropertyDefinition p) {
        AnnotatedMember m = p.getPrimaryMember();
        if (m == null || Boolean.TRUE.equals(annotations.hasAnyGetter(m))
                || Boolean.TRUE.equals(annotations.hasAnySetter(m))) {
            return false; // the any-getter/any-setter map: its entries are the object's own extra keys
        }
        AnnotationIntrospector.ReferenceProperty ref = p.findReferenceType();
        if (ref != null && ref.isBackReference()) {
            return false;
        }
        Boolean ignored = annotations.isIgnorableType(ser.introspectClassAnnotations(p.getRawPrimaryType()).getClassInfo());
        return ignored == null || !ignored;
    }

    /** Value type of an {@code @JsonAnyGetter}/{@code @JsonAnySetter}, or null without one. */
    private JavaType anyValueType(BeanDescription sd, BeanDescription dd) {
        AnnotatedMember setter = dd.findAnySetterAccessor();
        if (setter instanceof AnnotatedMethod m && m.getParameterCount() == 2) {
            return m.getParameterType(1);
        }
        AnnotatedMember member = setter instanceof AnnotatedField ? setter : sd.findAnyGetter();
        if (member == null) {
            return null;
        }
        JavaType type = member.getType();
        return type.isMapLikeType() ? type.getContentType() : mapper.constructType(Object.class);
    }

    private List<JavaType> subtypes(JavaType t) {
        List<JavaType> out = new ArrayList<>();
        for (NamedType n : mapper.getSubtypeResolver().collectAndResolveSubtypesByClass(ser,
                ser.introspectClassAnnotations(t).getClassInfo())) {
            Class<?> c = n.getType();
            if (c != t.getRawClass() && t.getRawClass().isAssignableFrom(c)) {
                out.add(mapper.getTypeFactory().constructSpecializedType(t, c));
            }
        }
        return out;
    }

    /** Whether Jackson writes {@code t} as an object with properties (or it has declared subtypes). */
    private boolean isBean(JavaType t, String path) {
        if (t.isPrimitive() || t.isEnumImplType() || t.isContainerType() || t.isReferenceType()
                || t.getRawClass().isArray()) {
            return false;
        }
        Boolean known = beanCache.get(t);
        if (known != null) {
            return known;
        }
        boolean bean;
        try {
            JsonSerializer<Object> s = mapper.getSerializerProviderInstance().findValueSerializer(t);
            bean = s instanceof BeanSerializerBase && !(s instanceof BeanAsArraySerializer)
                    || Modifier.isAbstract(t.getRawClass().getModifiers()) && !subtypes(t).isEmpty()
                    || deser.introspect(t).findAnySetterAccessor() != null;
        } catch (JsonMappingException | IllegalArgumentException e) {
            throw cannotRead(t, path, e);
        }
        beanCache.put(t, bean);
        return bean;
    }

    private FactoreallyException cannotRead(JavaType t, String path, Exception e) {
        String where = path.isEmpty() ? "" : " at path '" + path + "'";
        return new FactoreallyException("Cannot read model " + model.getName() + where + " (type "
                + t.toCanonical() + "): " + e.getMessage(), e);
    }

    private static JavaType unwrapReference(JavaType t) {
        JavaType current = t;
        while (current.isReferenceType()) {
            current = current.getReferencedType();
        }
        return current;
    }

    private static boolean isOpen(JavaType t) {
        Class<?> c = t.getRawClass();
        return c == Object.class || TreeNode.class.isAssignableFrom(c);
    }
}
