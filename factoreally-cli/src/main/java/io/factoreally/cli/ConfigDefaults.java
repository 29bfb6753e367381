package io.factoreally.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code --config} file: a JSON object of defaults for a command's options, e.g.
 * {@code {"--in": "users.json", "--out": "users.spec.json", "--min-occurrences": 3}}. This is the
 * original's {@code --cli} file (keys written with their dashes); keys without dashes are accepted too.
 * Options given on the command line win. Relative paths resolve against the current directory.
 */
final class ConfigDefaults {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final Set<String> NOT_CONFIGURABLE = Set.of("--config", "--help", "--version");

    private ConfigDefaults() {
    }

    /** Fills the options of {@code spec} not given on the command line from {@code file}; no-op when null. */
    static void apply(CommandSpec spec, Path file) {
        if (file == null) {
            return;
        }
        CommandLine cl = spec.commandLine();
        JsonNode root = read(cl, file);
        if (!root.isObject()) {
            throw new ParameterException(cl, "config file " + file + " must hold a JSON object of options, e.g. "
                    + "{\"--in\": \"data.json\", \"--out\": \"data.spec.json\"}");
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().startsWith("-") ? e.getKey() : "--" + e.getKey();
            OptionSpec option = spec.findOption(key);
            if (option == null || NOT_CONFIGURABLE.contains(option.longestName())) {
                throw new ParameterException(cl, "config file " + file + ": unknown option \"" + e.getKey()
                        + "\" for '" + spec.qualifiedName() + "' (known: " + known(spec) + ")");
            }
            if (!cl.getParseResult().hasMatchedOption(option)) {
                option.setValue(convert(cl, file, option, e.getValue()));
            }
        }
    }

    private static JsonNode read(CommandLine cl, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode n = JSON.readTree(in);
            if (n == null) {
                throw new ParameterException(cl, "config file " + file + " is empty");
            }
            return n;
        } catch (NoSuchFileException e) {
            throw new ParameterException(cl, "config file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new ParameterException(cl, "config file " + ErrorMessages.json(e, file.toString()));
        } catch (IOException e) {
            throw new ParameterException(cl, "cannot read config file " + file + ": " + e.getMessage());
        }
    }

    private static Object convert(CommandLine cl, Path file, OptionSpec option, JsonNode v) {
        Class<?> type = option.type();
        String name = option.longestName();
        if (type == boolean.class || type == Boolean.class) {
            if (!v.isBoolean()) {
                throw bad(cl, file, name, "true or false", v);
            }
            return v.booleanValue();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            if (!v.isIntegralNumber() || (type == int.class || type == Integer.class) && !v.canConvertToInt()
                    || !v.canConvertToLong()) {
                throw bad(cl, file, name, "an integer", v);
            }
            return type == int.class || type == Integer.class ? (Object) v.intValue() : (Object) v.longValue();
        }
        if (type.isArray() || List.class.isAssignableFrom(type)) {
            List<String> values = new ArrayList<>();
            for (JsonNode item : v.isArray() ? v : List.of(v)) {
                values.add(scalar(cl, file, name, item));
            }
            return type.isArray() ? values.toArray(new String[0]) : values;
        }
        String text = scalar(cl, file, name, v);
        if (type == Path.class) {
            return Path.of(text);
        }
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
                    return c;
                }
            }
            throw bad(cl, file, name, "one of " + List.of(type.getEnumConstants()).toString().toLowerCase(), v);
        }
        return text;
    }

    private static String scalar(CommandLine cl, Path file, String name, JsonNode v) {
        if (!v.isValueNode() || v.isNull()) {
            throw bad(cl, file, name, "a string", v);
        }
        return v.asText();
    }

    private static ParameterException bad(CommandLine cl, Path file, String option, String expected, JsonNode got) {
        return new ParameterException(cl, "config file " + file + ": \"" + option + "\" must be " + expected
                + ", not " + got);
    }

    private static String known(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!NOT_CONFIGURABLE.contains(o.longestName()) && !o.hidden()) {
                names.add(o.longestName());
            }
        }
        return String.join(", ", names);
    }
}
