package io.factoreally.internal.bind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.factoreally.FactoreallyException;

import java.util.List;
import java.util.Map;

/**
 * Binds generated records to Java types through one shared Jackson {@link ObjectMapper}: records,
 * POJOs, {@code java.time} (JavaTimeModule; offsets kept, not adjusted to UTC), {@code Optional}
 * (Jdk8Module), {@code UUID}, {@code BigDecimal}, enums. Unknown properties are ignored, so a model may
 * declare fewer fields than the spec. No default typing.
 */
public final class Binder {
    private static final int MAX_VALUE_CHARS = 80;

    /** Configured once here and never exposed, so nothing can reconfigure it; thread-safe. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Binder() {
    }

    /** The record as compact JSON text. */
    public static String json(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FactoreallyException("cannot write record as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The record as a Jackson tree. */
    public static JsonNode tree(Object record) {
        return MAPPER.valueToTree(record);
    }

    /**
     * Binds a record to {@code type}.
     *
     * @throws FactoreallyException naming the JSON field path, its value and the Java type when a value
     *                              does not fit
     */
    public static <T> T bind(Object record, Class<T> type) {
        try {
            return MAPPER.convertValue(record, type);
        } catch (IllegalArgumentException e) {
            throw bindingError(record, type, e);
        }
    }

    /**
     * A type resolved once for binding many records: skips Jackson's per-call type lookup, which is a
     * noticeable part of binding one small record (the JUnit extension binds one per injection).
     *
     * @param type     the class records are bound to
     * @param javaType Jackson's resolved type of {@code type}
     */
    public record Target<T>(Class<T> type, JavaType javaType) {
    }

    /** {@code type} resolved for {@link #bind(Object, Target)}. */
    public static <T> Target<T> target(Class<T> type) {
        return new Target<>(type, MAPPER.constructType(type));
    }

    /**
     * Binds a record exactly like {@link #bind(Object, Class)} with {@code target}'s type; a record of
     * plain JSON values is written to Jackson's tokens directly ({@link PlainTokens}), which Jackson's
     * conversion then reads as it reads its own.
     */
    public static <T> T bind(Object record, Target<T> target) {
        try {
            TokenBuffer tokens = record instanceof Map<?, ?> map ? PlainTokens.of(map, MAPPER) : null;
            return MAPPER.convertValue(tokens != null ? tokens : record, target.javaType());
        } catch (IllegalArgumentException e) {
            throw bindingError(record, target.type(), e);
        }
    }

    /** The mapper that also rejects null for a primitive (for edge cases, where a silent 0 would hide the boundary). */
    private static final ObjectMapper STRICT = MAPPER.copy().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * Binds a record like {@link #bind}, but fails when a null would become a primitive's default
     * value instead of silently binding 0 or false.
     */
    public static <T> T bindStrict(Object record, Class<T> type) {
        try {
            return STRICT.convertValue(record, type);
        } catch (IllegalArgumentException e) {
            throw bindingError(record, type, e);
        }
    }

    private static FactoreallyException bindingError(Object record, Class<?> type, IllegalArgumentException e) {
        Throwable cause = e.getCause() instanceof JsonMappingException ? e.getCause() : e;
        String path = "";
        String target = type.getTypeName();
        Object value = record;
        boolean located = true;
        if (cause instanceof JsonMappingException jme) {
            StringBuilder p = new StringBuilder();
            value = record;
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    if (p.length() > 0) {
                        p.append('.');
                    }
                    p.append(ref.getFieldName());
                    located &= value instanceof Map<?, ?> m && m.containsKey(ref.getFieldName());
                    value = value instanceof Map<?, ?> m ? m.get(ref.getFieldName()) : null;
                } else if (ref.getIndex() >= 0) {
                    p.append('[').append(ref.getIndex()).append(']');
                    located &= value instanceof List<?> l && ref.getIndex() < l.size();
                    value = value instanceof List<?> l && ref.getIndex() < l.size() ? l.get(ref.getIndex()) : null;
                }
            }
            path = p.toString();
            if (!located && cause instanceof InvalidFormatException ife) {
                value = ife.getValue();
            }
            if (cause instanceof MismatchedInputException mie && mie.getTargetType() != null) {
                target = mie.getTargetType().getTypeName();
            }
        }
        String where = path.isEmpty() ? "the record" : "JSON field \"" + path + "\"";
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
        return new FactoreallyException("cannot build " + type.getTypeName() + ": " + where + " with value "
                + render(value) + " cannot be converted to " + target + " (" + detail + ")", e);
    }

    private static String render(Object value) {
        String s;
        try {
            s = MAPPER.writeValueAsString(value);
        } catch (Exception ex) {
            s = String.valueOf(value);
        }
        return s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS) + "..." : s;
    }
}
