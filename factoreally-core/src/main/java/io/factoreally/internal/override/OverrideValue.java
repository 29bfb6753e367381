package io.factoreally.internal.override;

import java.util.Map;

/** How an override computes the value it sets at one location. */
@FunctionalInterface
public interface OverrideValue {

    /**
     * @param current the value there now ({@code null} when absent)
     * @param record  the whole record, with earlier overrides applied
     */
    Object compute(Object current, Map<String, Object> record);
}
