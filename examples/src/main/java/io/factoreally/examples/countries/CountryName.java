package io.factoreally.examples.countries;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A country's names.
 *
 * @param common      short English name
 * @param official    official English name
 * @param nativeNames ISO 639-3 language code -> the name in that language (a dynamic map; {@code native}
 *                    is a Java keyword, hence the rename)
 */
public record CountryName(String common, String official,
                          @JsonProperty("native") Map<String, LocalizedName> nativeNames) {
}
