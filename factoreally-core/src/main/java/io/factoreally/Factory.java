package io.factoreally;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds realistic records from a {@link FactorySpec}. (API contract; implementation in progress.)
 *
 * <p>Immutable configuration (spec, seed, overrides) plus a cursor: the i-th record a factory hands
 * out is record i of its seed, whether it comes from {@link #build()}, {@link #build(int)},
 * {@link #stream()} or {@link #recordAt(long)}. Thread-safe.
 */
public final class Factory {

    private Factory() {
    }

    /** A factory for a spec, with a random seed (readable back with {@link #seed()}). */
    public static Factory of(FactorySpec spec) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A factory for a spec file. */
    public static Factory of(Path specFile) {
        return of(FactorySpec.read(specFile));
    }

    /** A factory for a spec file path, or else a classpath resource of that name. */
    public static Factory of(String specFileOrResource) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A copy with this seed, starting again at record 0. */
    public Factory seed(long seed) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The seed. */
    public long seed() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The spec. */
    public FactorySpec spec() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A copy that overrides {@code path} with a static value ({@code null} included). */
    public Factory with(String path, Object value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A copy that overrides {@code path} with a value computed for each record. */
    public Factory with(String path, Supplier<?> supplier) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A copy that overrides {@code path} with a function of the generated value. */
    public <T> Factory with(String path, Overrides.ValueFunction<T> function) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A copy that overrides {@code path} with a function of the generated value and the whole record. */
    public <T> Factory with(String path, Overrides.RecordFunction<T> function) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A copy with these overrides added (later ones win). */
    public Factory with(Overrides overrides) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The next record. */
    public Map<String, Object> build() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The next record with per-build overrides applied after the factory's own. */
    public Map<String, Object> build(Overrides overrides) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The next {@code n} records. */
    public List<Map<String, Object>> build(int n) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The next record bound to {@code type} through Jackson (records, POJOs, java.time, enums). */
    public <T> T build(Class<T> type) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The next {@code n} records bound to {@code type}. */
    public <T> List<T> build(int n, Class<T> type) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The next record as a Jackson tree. */
    public JsonNode buildJson() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Record {@code index} of this factory's seed, independent of the cursor. */
    public Map<String, Object> recordAt(long index) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** An endless, lazy stream of records starting at the cursor. */
    public Stream<Map<String, Object>> stream() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** An endless, lazy stream of typed records. */
    public <T> Stream<T> stream(Class<T> type) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** An endless iterator of records. */
    public Iterator<Map<String, Object>> iterator() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
