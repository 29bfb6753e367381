package io.factoreally.internal.spec;

import java.util.List;

/**
 * One piece of a {@link TemplateHint} template. In the spec each part is an object with exactly one
 * of the keys {@code lit}, {@code choice}, {@code chars} or {@code int}.
 */
public sealed interface TemplatePart {

    /** Fixed text: {@code {"lit": "sess_"}}. */
    record Literal(String text) implements TemplatePart {
    }

    /**
     * One of a few texts: {@code {"choice": ["ord", "inv"], "weights": [0.7, 0.3]}} (weights optional,
     * same length as the texts).
     */
    record Choice(List<String> values, List<Double> weights) implements TemplatePart {
        public Choice {
            values = List.copyOf(values);
            weights = weights == null ? null : List.copyOf(weights);
        }
    }

    /**
     * Random characters: {@code {"chars": "a-z0-9", "min": 8, "max": 12, "first": "1-9"}}; a length
     * uniform in [min, max], each character uniform from the set; {@code first} (optional) is the set
     * for the first character (e.g. no leading zero).
     *
     * @param chars a character set written as ranges and single characters, e.g. {@code a-f0-9_}
     *              (a {@code -} is literal at the start or end)
     */
    record Chars(String chars, int min, int max, String first) implements TemplatePart {
    }

    /**
     * A whole number uniform in [lo, hi], written in decimal and left-padded with zeros to
     * {@code width} digits: {@code {"int": [1, 999], "width": 6}} gives {@code 000457}.
     */
    record IntRange(long lo, long hi, int width) implements TemplatePart {
    }
}
