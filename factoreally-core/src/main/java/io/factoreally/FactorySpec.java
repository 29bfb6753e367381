package io.factoreally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.internal.io.AtomicFile;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.ParsedSpec;
import io.factoreally.internal.spec.SpecCodec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A factory spec: per field path, the hints that describe how often the field is present or null and
 * how its values are distributed. Immutable and thread-safe.
 *
 * <p>Specs written by the original Python factoreally load unchanged. Loading validates the whole
 * spec and reports the first problem with the source, the field path, the hint and the parameter.
 * Writing is byte-stable: the same spec always gives the same bytes.
 */
public final class FactorySpec {
    private final ParsedSpec parsed;

    private FactorySpec(ParsedSpec parsed) {
        this.parsed = parsed;
    }

    /** Reads a spec file. */
    public static FactorySpec read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new FactorySpec(SpecCodec.read(in, file.toString()));
        } catch (NoSuchFileException e) {
            throw new FactoreallyException("spec file not found: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read spec: " + e.getMessage(), e);
        }
    }

    /** Reads a spec from the classpath of the thread's context class loader (or this class's). */
    public static FactorySpec fromResource(String resource) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return fromResource(resource, cl != null ? cl : FactorySpec.class.getClassLoader());
    }

    /** Reads a spec from the given class loader's classpath. */
    public static FactorySpec fromResource(String resource, ClassLoader loader) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new FactoreallyException("spec resource not found on the classpath: " + name);
        }
        try (in) {
            return new FactorySpec(SpecCodec.read(in, "classpath:" + name));
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + name + ": cannot read spec: " + e.getMessage(), e);
        }
    }

    /** Parses spec JSON text. */
    public static FactorySpec fromJson(String json) {
        return new FactorySpec(SpecCodec.read(json, "<json>"));
    }

    /** Converts an already parsed JSON tree. */
    public static FactorySpec fromTree(JsonNode tree) {
        return new FactorySpec(SpecCodec.read(tree, "<tree>"));
    }

    /**
     * Assembles a spec from parts (used by analysis).
     *
     * @param metadata   the metadata object
     * @param fields     path -> hint chain, in output order
     * @param extensions other top-level sections, e.g. {@code relations}
     */
    public static FactorySpec of(ObjectNode metadata, Map<String, List<Hint>> fields, Map<String, JsonNode> extensions) {
        return fromTree(SpecCodec.toTree(new ParsedSpec(metadata, fields, extensions), false));
    }

    /** The {@code metadata} object (a copy). */
    public ObjectNode metadata() {
        return parsed.metadata().deepCopy();
    }

    /** Field paths in spec order. */
    public Set<String> paths() {
        return parsed.fields().keySet();
    }

    /** Path -> hint chain, in spec order (unmodifiable). */
    public Map<String, List<Hint>> fields() {
        return parsed.fields();
    }

    /** The hints of one path, or an empty list. */
    public List<Hint> hints(String path) {
        return parsed.fields().getOrDefault(path, List.of());
    }

    /** A top-level section other than {@code metadata} and {@code fields}, or null. */
    public JsonNode extension(String name) {
        JsonNode n = parsed.extensions().get(name);
        return n == null ? null : n.deepCopy();
    }

    /** Top-level sections other than {@code metadata} and {@code fields} (unmodifiable). */
    public Map<String, JsonNode> extensions() {
        return parsed.extensions();
    }

    /** The spec as a JSON tree. */
    public ObjectNode toTree() {
        return SpecCodec.toTree(parsed, false);
    }

    /** The spec as indented JSON text. */
    public String toJson() {
        return SpecCodec.toJson(parsed, false);
    }

    /**
     * The spec as JSON text; with {@code pythonCompatible} only what the original Python factoreally
     * reads (our extra parameters and top-level sections are left out).
     */
    public String toJson(boolean pythonCompatible) {
        return SpecCodec.toJson(parsed, pythonCompatible);
    }

    /** Writes the spec atomically: on failure an existing file is left untouched. */
    public void write(Path file) {
        write(file, false);
    }

    /** Writes the spec atomically, optionally in the original's format. */
    public void write(Path file, boolean pythonCompatible) {
        try {
            AtomicFile.write(file, out -> SpecCodec.write(parsed, pythonCompatible, out));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write spec: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorySpec other && toJson().equals(other.toJson());
    }

    @Override
    public int hashCode() {
        return Objects.hash(parsed.fields().keySet());
    }

    @Override
    public String toString() {
        return "FactorySpec[" + parsed.fields().size() + " fields]";
    }
}
