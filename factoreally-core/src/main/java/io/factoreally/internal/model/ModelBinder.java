package io.factoreally.internal.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.spec.FieldPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a generated record to a model class through Jackson and, when that fails, says where and why in
 * our terms: the spec field path ({@code product_metrics.{}.unit_price}), the concrete location
 * ({@code product_metrics["SKU-12345"].unit_price}), the JSON value and the Java type, then Jackson's
 * own reason. Thread-safe.
 */
public final class ModelBinder {
    private static final int MAX_VALUE_CHARS = 120;

    private final ObjectMapper mapper;

    /** Binds with {@code mapper} (its modules and features decide what binds). */
    public ModelBinder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * A binder for records, optionals and {@code java.time}; properties the model does not declare are
     * ignored (a spec learned from real data may know fields an application's model leaves out).
     */
    public static ModelBinder standard() {
        return new ModelBinder(JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build());
    }

    /** Binds a record given as nested {@code Map}/{@code List}/scalar values. */
    public <T> T bind(Map<String, ?> record, Class<T> type) {
        return bind((JsonNode) mapper.valueToTree(record), type);
    }

    /** Binds a record given as a Jackson tree. */
    public <T> T bind(JsonNode record, Class<T> type) {
        try {
            return mapper.readerFor(type).readValue(record);
        } catch (JsonMappingException e) {
            throw new FactoreallyException(describe(record, type, e), e);
        } catch (IOException e) {
            throw new FactoreallyException("Cannot bind a generated record to " + type.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    private String describe(JsonNode record, Class<?> type, JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        Set<String> dynamic = dynamicPaths(type);
        StringBuilder location = new StringBuilder();
        String specPath = "";
        JsonNode value = record;
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                String name = r.getFieldName();
                boolean mapKey = dynamic.contains(specPath);
                specPath = mapKey ? FieldPath.mapValue(specPath) : FieldPath.member(specPath, name);
                if (mapKey || !name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
                    location.append("[\"").append(name.replace("\"", "\\\"")).append("\"]");
                } else {
                    location.append(location.length() == 0 ? "" : ".").append(name);
                }
                value = value == null ? null : value.get(name);
            } else if (r.getIndex() >= 0) {
                specPath = FieldPath.element(specPath);
                location.append('[').append(r.getIndex()).append(']');
                value = value == null ? null : value.get(r.getIndex());
            }
        }
        StringBuilder m = new StringBuilder("Cannot bind a generated record to ").append(type.getName()).append(": ");
        if (refs.isEmpty()) {
            m.append("at the record root");
        } else {
            m.append("field '").append(specPath).append("'");
            if (!specPath.equals(location.toString())) {
                m.append(" (at ").append(location).append(')');
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            m.append(" is not a property of ").append(u.getReferringClass().getName());
        } else {
            if (value != null && !refs.isEmpty()) {
                m.append(" has JSON value ").append(render(value));
            }
            Class<?> target = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
            if (target != null) {
                m.append(" that does not fit Java type ").append(target.getTypeName());
            }
        }
        String reason = e.getOriginalMessage();
        int newline = reason == null ? -1 : reason.indexOf('\n');
        m.append(" (Jackson: ").append(newline < 0 ? reason : reason.substring(0, newline)).append(')');
        if (e instanceof InvalidFormatException f && value == null) {
            m.append("; value ").append(f.getValue());
        }
        return m.toString();
    }

    private static Set<String> dynamicPaths(Class<?> type) {
        try {
            return ModelIntrospector.introspect(type).dynamicMapPaths();
        } catch (FactoreallyException e) {
            return Set.of();
        }
    }

    private String render(JsonNode value) {
        String text;
        try {
            text = mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            text = value.toString();
        }
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
    }
}
