package io.factoreally.internal.bind;

import io.factoreally.EdgeCase;
import io.factoreally.FactoreallyException;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds edge-case records to a model, skipping the ones the model cannot hold (null for a primitive,
 * a value outside an enum...) and describing all skips in one report, so a spec boundary that the
 * model rules out is said once instead of failing the whole list.
 */
public final class EdgeCaseBinder {
    private EdgeCaseBinder() {
    }

    /**
     * The bound cases and the report of skipped ones.
     *
     * @param cases  the cases the model holds, in plan order
     * @param report one message naming every skipped case and why, or {@code null} when none was skipped
     */
    public record Result<T>(List<EdgeCase<T>> cases, String report) {
    }

    /** Binds each case strictly ({@link Binder#bindStrict}). */
    public static <T> Result<T> bind(List<? extends EdgeCase<?>> raw, Class<T> type) {
        List<EdgeCase<T>> out = new ArrayList<>(raw.size());
        List<String> skipped = new ArrayList<>();
        for (EdgeCase<?> c : raw) {
            try {
                out.add(new EdgeCase<>(Binder.bindStrict(c.record(), type), c.label()));
            } catch (FactoreallyException e) {
                skipped.add("[" + c.label() + "] " + reason(e.getMessage(), type));
            }
        }
        String report = skipped.isEmpty() ? null
                : "edge cases: skipped " + skipped.size() + " of " + raw.size() + " records that "
                + type.getTypeName() + " cannot hold: " + String.join("; ", skipped);
        return new Result<>(List.copyOf(out), report);
    }

    private static String reason(String message, Class<?> type) {
        String prefix = "cannot build " + type.getTypeName() + ": ";
        String m = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        int detail = m.indexOf(" (");
        return detail > 0 ? m.substring(0, detail) : m;
    }
}
