package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How one hint type is read from and written to a spec.
 *
 * @param name   the name in the spec file
 * @param type   the record class
 * @param reader builds the hint from validated parameters
 * @param writer writes the hint's parameters; {@code pythonCompatible} output omits our extensions
 * @param <H>    the record class
 */
public record HintType<H extends Hint>(String name, Class<H> type, Function<HintParams, H> reader,
                                       ParamWriter<H> writer) {

    /** Writes parameters of a hint into its (empty) parameter object. */
    @FunctionalInterface
    public interface ParamWriter<H> {
        void write(H hint, ObjectNode params, boolean pythonCompatible);
    }

    static <H extends Hint> HintType<H> marker(String name, Class<H> type, java.util.function.Supplier<H> make) {
        return new HintType<>(name, type, p -> make.get(), (h, o, py) -> {
        });
    }

    static <H extends Hint> HintType<H> of(String name, Class<H> type, Function<HintParams, H> reader,
                                           BiConsumer<H, ObjectNode> writer) {
        return new HintType<>(name, type, reader, (h, o, py) -> writer.accept(h, o));
    }
}
