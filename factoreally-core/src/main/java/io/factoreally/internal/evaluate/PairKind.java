package io.factoreally.internal.evaluate;

/** The kinds of pair measured, each with its association measure and distance. */
enum PairKind {
    /** Two numeric fields: Spearman's rho, distance = |rho difference|. */
    NUMERIC("numeric"),
    /** Two categorical fields: bias-corrected Cramér's V, distance = TVD of the normalized contingency tables. */
    CATEGORICAL("categorical"),
    /** A categorical and a numeric field: bias-corrected correlation ratio, distance = |difference|. */
    NUMERIC_BY_CATEGORY("numeric-by-category"),
    /** Two optional fields: phi of the 2x2 presence table, distance = TVD of the normalized tables. */
    CO_PRESENCE("co-presence"),
    /** A categorical field and whether another is null: bias-corrected Cramér's V, distance = TVD of the normalized tables. */
    NULLS("nulls");

    private final String label;

    PairKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
