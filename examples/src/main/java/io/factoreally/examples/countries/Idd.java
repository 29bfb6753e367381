package io.factoreally.examples.countries;

import java.util.List;

/**
 * International direct dialling: a fixed object, not a map.
 *
 * @param root     e.g. {@code "+2"}, {@code ""} for two territories
 * @param suffixes 0 to 380 suffixes (NANP countries list every area code)
 */
public record Idd(String root, List<String> suffixes) {
}
