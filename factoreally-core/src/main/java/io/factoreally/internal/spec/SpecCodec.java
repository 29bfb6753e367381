package io.factoreally.internal.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.internal.io.JsonErrors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes spec JSON. Reading is strict (duplicate keys, trailing tokens and non-standard
 * literals are errors) and validating; writing is byte-stable: same spec, same bytes.
 */
public final class SpecCodec {
    /**
     * What writing needs, created on first write only: reading (the path to a test's first object)
     * does without an ObjectMapper, see {@link SpecJsonReader}. No default typing: a spec can never
     * name a class.
     */
    private static final class Writing {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // 1.0 stays a float, not 1
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();

        static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** Top-level keys with a meaning of their own; any other key is kept as an extension. */
    public static final String METADATA = "metadata";
    public static final String FIELDS = "fields";

    private SpecCodec() {
    }

    /** Parses spec JSON text from a stream; {@code source} names it in error messages. */
    public static ParsedSpec read(InputStream in, String source) {
        try (JsonParser parser = SpecJsonReader.FACTORY.createParser(in)) {
            return read(parse(parser, source), source);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses spec JSON text; {@code source} names it in error messages. */
    public static ParsedSpec read(String json, String source) {
        try (JsonParser parser = SpecJsonReader.FACTORY.createParser(json)) {
            return read(parse(parser, source), source);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(JsonParser parser, String source) throws IOException {
        try {
            return SpecJsonReader.read(parser);
        } catch (JsonProcessingException e) {
            throw new SpecFormatException(JsonErrors.describe(source, e, parser));
        }
    }

    /** Validates and converts a parsed spec tree. */
    public static ParsedSpec read(JsonNode root, String source) {
        try {
            return readTree(root);
        } catch (SpecFormatException e) {
            throw new SpecFormatException(source + ": " + e.getMessage());
        }
    }

    private static ParsedSpec readTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new SpecFormatException("a spec must be a JSON object with \"fields\", got "
                    + (root == null ? "nothing" : HintParams.describe(root)));
        }
        JsonNode fields = root.get(FIELDS);
        if (fields == null) {
            throw new SpecFormatException("missing top-level \"fields\" object");
        }
        if (!fields.isObject()) {
            throw new SpecFormatException("\"fields\" must be an object of field path -> hints, got "
                    + HintParams.describe(fields));
        }
        JsonNode metadata = root.get(METADATA);
        ObjectNode meta = metadata != null && metadata.isObject() ? (ObjectNode) metadata.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Map<String, JsonNode> extensions = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!e.getKey().equals(FIELDS) && !e.getKey().equals(METADATA)) {
                extensions.put(e.getKey(), e.getValue().deepCopy());
            }
        });
        Map<String, List<Hint>> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            out.put(field.getKey(), readHints(field.getKey(), field.getValue()));
        }
        SpecValidator.validate(out);
        List<io.factoreally.internal.relations.Relation> relations =
                io.factoreally.internal.relations.RelationsCodec.read(extensions.get("relations"), out); // validates
        if (extensions.get("relations") != null && extensions.get("relations").isArray()) {
            // as written, so that a spec read and written again keeps its bytes (numbers as doubles)
            extensions.put("relations", io.factoreally.internal.relations.RelationsCodec.write(relations));
        }
        return new ParsedSpec(meta, out, extensions);
    }

    /** Reads one field's hint object ({@code {"NUMBER": {...}, ...}}); {@code path} names it in errors. */
    public static List<Hint> readHints(String path, JsonNode hints) {
        if (!hints.isObject()) {
            throw new SpecFormatException("field \"" + path + "\" must map hint names to parameter objects, got "
                    + HintParams.describe(hints));
        }
        List<Hint> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = hints.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            HintType<?> type = HintTypes.byName(e.getKey());
            if (type == null) {
                throw new SpecFormatException("field \"" + path + "\": unknown hint \"" + e.getKey() + "\" (known: "
                        + String.join(", ", HintTypes.names()) + ")");
            }
            if (!e.getValue().isObject()) {
                throw new SpecFormatException("field \"" + path + "\" " + e.getKey()
                        + ": parameters must be an object, got " + HintParams.describe(e.getValue()));
            }
            HintParams params = new HintParams(path, e.getKey(), e.getValue());
            Hint hint = type.reader().apply(params);
            params.rejectUnknown();
            out.add(hint);
        }
        return out;
    }

    /** The spec as a JSON tree, in our format or the original's. */
    public static ObjectNode toTree(ParsedSpec spec, boolean pythonCompatible) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set(METADATA, spec.metadata().deepCopy());
        ObjectNode fields = root.putObject(FIELDS);
        spec.fields().forEach((path, hints) -> {
            ObjectNode h = fields.putObject(path);
            for (Hint hint : hints) {
                write(hint, h.putObject(hint.type()), pythonCompatible);
            }
        });
        if (!pythonCompatible) {
            spec.extensions().forEach((k, v) -> root.set(k, v.deepCopy()));
        }
        return root;
    }

    private static <H extends Hint> void write(H hint, ObjectNode params, boolean pythonCompatible) {
        HintTypes.of(hint).writer().write(hint, params, pythonCompatible);
    }

    /** Writes indented JSON (2 spaces, {@code "key": value}) ending with a newline. */
    public static void write(ParsedSpec spec, boolean pythonCompatible, OutputStream out) throws IOException {
        try (JsonGenerator g = Writing.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(Writing.PRINTER);
            Writing.MAPPER.writeTree(g, toTree(spec, pythonCompatible));
            g.writeRaw('\n');
        }
    }

    /** The JSON text. */
    public static String toJson(ParsedSpec spec, boolean pythonCompatible) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(spec, pythonCompatible, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
