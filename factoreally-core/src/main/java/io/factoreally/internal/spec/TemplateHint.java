package io.factoreally.internal.spec;

import java.util.List;

/**
 * Our extension: strings built from a template of literal parts, choices, character classes and
 * number ranges, learned from structured strings (prefixed ids, emails, URLs, phone numbers, IPs, hex
 * tokens, zip codes). Several templates with weights describe values written in several shapes.
 *
 * <p>Spec form: {@code {"templates": [[part, ...], ...], "weights": [w, ...]}} with parts as in
 * {@link TemplatePart}; {@code weights} is optional (uniform) and has one entry per template.
 *
 * @param templates the alternatives, each a non-empty list of parts
 * @param weights   relative weights of the alternatives, or {@code null} for uniform
 */
public record TemplateHint(List<List<TemplatePart>> templates, List<Double> weights) implements ValueHint {
    public static final String TYPE = "TEMPLATE";

    public TemplateHint {
        templates = templates.stream().map(List::copyOf).toList();
        weights = weights == null ? null : List.copyOf(weights);
    }

    /** A single template. */
    public TemplateHint(List<TemplatePart> parts) {
        this(List.of(parts), null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
