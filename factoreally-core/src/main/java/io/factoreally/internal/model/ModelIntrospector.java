package io.factoreally.internal.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.factoreally.FactoreallyException;
import java.util.Objects;

/**
 * Reads a model class the way Jackson sees it and says which JSON paths are dynamic maps and which
 * are open (learned from data only).
 *
 * <p>Property names, ignorals, records, getters/fields, naming strategies, {@code @JsonUnwrapped},
 * {@code @JsonAnySetter}/{@code @JsonAnyGetter} and {@code @JsonSubTypes} all come from Jackson's own
 * introspection ({@code BeanDescription}), for serialization and deserialization (the union: a path
 * that only one side knows is still a path of the JSON the application handles).
 *
 * <p>Rules, in field-path syntax:
 * <ul>
 *   <li>a property typed as any map-like type ({@code Map}, {@code SortedMap}, {@code EnumMap}, a custom
 *       map subclass, a type variable that resolves to a map), also behind {@code Optional}, is a dynamic
 *       map at its path; its values are followed at {@code path.{}} (maps of maps give a dynamic
 *       {@code path.{}}, maps of lists {@code path.{}[]});</li>
 *   <li>collections, arrays and iterables are followed at {@code path[]}; nested beans at
 *       {@code path.property};</li>
 *   <li>{@code Object}, {@code JsonNode} (any {@code TreeNode}) and maps whose values are such types are
 *       open at their own path (a {@code Map<String, Object>} property is both dynamic and open); a bean
 *       with an any-setter/any-getter besides regular properties is open at its path; a bean with only
 *       an any-setter/any-getter is a dynamic map;</li>
 *   <li>a root that is a map, {@code Object} or {@code JsonNode} gives the open path {@code ""} (the
 *       root cannot be a dynamic map in the path syntax).</li>
 * </ul>
 *
 * <p>Recursion: a bean type is entered at most {@value ShapeWalk#MAX_RECURSION} times on one path (so a
 * {@code Node} with {@code List<Node> children} yields {@code attrs}, {@code children[].attrs},
 * {@code children[].children[].attrs}), paths are at most {@value ShapeWalk#MAX_DEPTH} segments deep and
 * at most {@value ShapeWalk#MAX_VISITS} beans are visited in total. Where a limit cuts the walk, the path
 * is reported open ({@code children[].children[].children[]}), so deeper levels are still analysed, from
 * the data alone.
 *
 * <p>Only the given class and the types it references are touched; nothing is instantiated.
 */
public final class ModelIntrospector {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .build();

    private ModelIntrospector() {
    }

    /**
     * The shape of {@code model}.
     *
     * @throws FactoreallyException if Jackson cannot introspect the class (conflicting property definitions,
     *                              a referenced class missing from the classpath) or it is not a JSON object
     */
    public static ModelShape introspect(Class<?> model) {
        Objects.requireNonNull(model, "model");
        try {
            return new ShapeWalk(MAPPER, model).run();
        } catch (NoClassDefFoundError | TypeNotPresentException e) {
            String missing = e instanceof TypeNotPresentException t ? t.typeName() : e.getMessage().replace('/', '.');
            throw new FactoreallyException("Cannot read model " + model.getName() + ": class " + missing
                    + ", which it uses, is not on the classpath", e);
        }
    }
}
