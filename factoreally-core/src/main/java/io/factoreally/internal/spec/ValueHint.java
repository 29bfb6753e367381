package io.factoreally.internal.spec;

/**
 * A hint that produces a leaf value (or, after {@link ArrayHint}/{@link ObjectHint}, a length, key
 * count or key). In a chain only the first value hint produces; later ones pass the value through.
 */
public sealed interface ValueHint extends Hint
        permits AlphaHint, Auth0IdHint, ChoiceHint, ConstHint, DateHint, DatetimeHint, DurationHint,
                MacHint, NumberHint, NumstrHint, TextHint, Uuid4Hint, VersionHint,
                TemplateHint, UuidHint {
}
