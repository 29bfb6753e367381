package io.factoreally.junit5.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.factoreally.EdgeCase;
import io.factoreally.Factory;
import io.factoreally.internal.bind.Binder;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** What an injection point wants: one record in some shape, or a container of them. */
public sealed interface TargetType permits TargetType.Single, TargetType.Batch {

    /** How one record is handed over. */
    enum Shape { MODEL, MAP, JSON_NODE, STRING, FACTORY }

    /** How a batch is handed over. */
    enum Container { LIST, SET, COLLECTION, STREAM, ARRAY }

    /** The declared class of one record ({@code UserModel}, {@code Map}, {@code JsonNode}...). */
    Single element();

    /** One record (or the factory itself). */
    record Single(Shape shape, Class<?> type) implements TargetType {
        @Override
        public Single element() {
            return this;
        }

        /** The next record of {@code factory} in this shape. */
        Object next(Factory factory) {
            return switch (shape) {
                case MODEL -> factory.build(type);
                case MAP -> factory.build();
                case JSON_NODE -> type.cast(factory.buildJson());
                case STRING -> factory.buildJson().toString();
                case FACTORY -> factory;
            };
        }

        /** The edge cases of {@code factory} in this shape, with their labels. */
        List<EdgeCase<Object>> edgeCases(Factory factory) {
            List<? extends EdgeCase<?>> cases = shape == Shape.MODEL ? factory.edgeCaseList(type) : factory.edgeCaseList();
            List<EdgeCase<Object>> out = new ArrayList<>(cases.size());
            for (EdgeCase<?> c : cases) {
                Object record = switch (shape) {
                    case MODEL, MAP -> c.record();
                    case JSON_NODE -> type.cast(Binder.tree(c.record()));
                    case STRING -> Binder.tree(c.record()).toString();
                    case FACTORY -> throw new IllegalStateException("a factory has no edge-case records");
                };
                out.add(new EdgeCase<>(record, c.label()));
            }
            return out;
        }
    }

    /** {@code size} records in a container. */
    record Batch(Container container, Single element) implements TargetType {

        /** The next {@code size} records of {@code factory} in this container, or its edge cases. */
        Object next(Factory factory, int size, boolean edgeCases) {
            if (edgeCases) {
                return contain(element.edgeCases(factory).stream().map(EdgeCase::record).toList());
            }
            if (container == Container.STREAM) {
                return switch (element.shape()) {
                    case MODEL -> factory.stream(element.type()).limit(size);
                    case MAP -> factory.stream().limit(size);
                    default -> Stream.generate(() -> element.next(factory)).limit(size);
                };
            }
            List<Object> records = new ArrayList<>(size);
            if (element.shape() == Shape.MODEL) {
                records.addAll(factory.build(size, element.type()));
            } else {
                for (int i = 0; i < size; i++) {
                    records.add(element.next(factory));
                }
            }
            return contain(records);
        }

        private Object contain(List<Object> records) {
            int size = records.size();
            return switch (container) {
                case STREAM -> records.stream();
                case LIST, COLLECTION -> new ArrayList<>(records);
                case SET -> new LinkedHashSet<>(records);
                case ARRAY -> {
                    Object array = Array.newInstance(element.type(), size);
                    for (int i = 0; i < size; i++) {
                        Array.set(array, i, records.get(i));
                    }
                    yield array;
                }
            };
        }
    }

    /** The single-record target of {@code type}, if it is one. */
    static Optional<Single> single(Type type) {
        if (type instanceof Class<?> c) {
            if (c == Factory.class) {
                return Optional.of(new Single(Shape.FACTORY, c));
            }
            if (c == String.class) {
                return Optional.of(new Single(Shape.STRING, c));
            }
            if (JsonNode.class.isAssignableFrom(c) && c.isAssignableFrom(com.fasterxml.jackson.databind.node.ObjectNode.class)) {
                return Optional.of(new Single(Shape.JSON_NODE, c));
            }
            if (c == Map.class) {
                return Optional.of(new Single(Shape.MAP, Map.class));
            }
            return isModel(c) ? Optional.of(new Single(Shape.MODEL, c)) : Optional.empty();
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            Type[] args = p.getActualTypeArguments();
            if (args[0] == String.class && (args[1] == Object.class || isUnbounded(args[1]))) {
                return Optional.of(new Single(Shape.MAP, Map.class));
            }
        }
        return Optional.empty();
    }

    /** The batch target of {@code type}, if it is one. */
    static Optional<Batch> batch(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return single(c.getComponentType()).filter(s -> s.shape() != Shape.FACTORY)
                    .map(s -> new Batch(Container.ARRAY, s));
        }
        if (type instanceof GenericArrayType g) {
            return single(g.getGenericComponentType()).filter(s -> s.shape() != Shape.FACTORY)
                    .map(s -> new Batch(Container.ARRAY, s));
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Container container = raw == List.class ? Container.LIST
                    : raw == Set.class ? Container.SET
                    : raw == Collection.class ? Container.COLLECTION
                    : raw == Stream.class ? Container.STREAM
                    : null;
            if (container != null) {
                return single(p.getActualTypeArguments()[0]).filter(s -> s.shape() != Shape.FACTORY)
                        .map(s -> new Batch(container, s));
            }
        }
        return Optional.empty();
    }

    private static boolean isUnbounded(Type type) {
        return type instanceof WildcardType w && w.getLowerBounds().length == 0
                && w.getUpperBounds().length == 1 && w.getUpperBounds()[0] == Object.class;
    }

    private static boolean isModel(Class<?> c) {
        if (c.isPrimitive() || c.isArray() || c.isEnum() || c.isAnnotation() || c.getTypeParameters().length > 0) {
            return false;
        }
        String name = c.getName();
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("com.fasterxml.")
                || c.getPackageName().equals("io.factoreally")) {
            return false;
        }
        boolean concrete = !c.isInterface() && !Modifier.isAbstract(c.getModifiers());
        return concrete || c.isAnnotationPresent(JsonTypeInfo.class) || c.isAnnotationPresent(JsonDeserialize.class);
    }
}
