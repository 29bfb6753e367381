package io.factoreally.examples.countries;

/**
 * Inhabitants' names: always exactly English and French, so a record rather than a map.
 *
 * @param eng English
 * @param fra French
 */
public record Demonyms(Demonym eng, Demonym fra) {

    /**
     * Feminine and masculine forms.
     *
     * @param f feminine
     * @param m masculine
     */
    public record Demonym(String f, String m) {
    }
}
