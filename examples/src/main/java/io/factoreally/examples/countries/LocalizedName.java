package io.factoreally.examples.countries;

/**
 * A name in one language.
 *
 * @param official official name
 * @param common   common name
 */
public record LocalizedName(String official, String common) {
}
