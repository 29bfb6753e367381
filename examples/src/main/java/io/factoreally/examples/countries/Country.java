package io.factoreally.examples.countries;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One record of {@code data/countries.json} (mledoze/countries, ODbL-1.0), as an application would bind
 * it. {@code currencies}, {@code languages} and {@code name.native} are dynamic maps keyed by ISO codes;
 * {@code translations}, {@code demonyms} and {@code idd} have a fixed set of keys and are plain records.
 *
 * @param name             common, official and native names
 * @param topLevelDomains  e.g. {@code [".aw"]}
 * @param cca2             ISO 3166-1 alpha-2 code
 * @param ccn3             ISO 3166-1 numeric code, a string with leading zeros ({@code "004"})
 * @param cca3             ISO 3166-1 alpha-3 code
 * @param cioc             International Olympic Committee code, {@code ""} when there is none
 * @param independent      null when the status is disputed
 * @param status           ISO 3166-1 assignment status
 * @param unMember         member of the United Nations
 * @param unRegionalGroup  UN regional group, {@code ""} for non-members
 * @param currencies       ISO 4217 code -> currency
 * @param idd              international dialling prefix
 * @param capital          0 to 3 capitals
 * @param altSpellings     alternative spellings
 * @param region           continent-level region
 * @param subregion        UN geoscheme subregion
 * @param languages        ISO 639-3 code -> language name
 * @param translations     the name in 24 fixed languages
 * @param latLng           latitude and longitude
 * @param landlocked       no coast
 * @param borders          {@code cca3} codes of neighbours
 * @param area             km²
 * @param flag             flag emoji
 * @param demonyms         inhabitants' names in English and French
 */
public record Country(
        CountryName name,
        @JsonProperty("tld") List<String> topLevelDomains,
        String cca2,
        String ccn3,
        String cca3,
        String cioc,
        Boolean independent,
        Status status,
        boolean unMember,
        String unRegionalGroup,
        Map<String, Currency> currencies,
        Idd idd,
        List<String> capital,
        List<String> altSpellings,
        Region region,
        String subregion,
        Map<String, String> languages,
        Translations translations,
        @JsonProperty("latlng") List<Double> latLng,
        boolean landlocked,
        List<String> borders,
        double area,
        String flag,
        Demonyms demonyms) {

    /** ISO 3166-1 assignment status. */
    public enum Status {
        @JsonProperty("officially-assigned") OFFICIALLY_ASSIGNED,
        @JsonProperty("user-assigned") USER_ASSIGNED
    }

    /** Continent-level region. */
    public enum Region {
        @JsonProperty("Africa") AFRICA,
        @JsonProperty("Americas") AMERICAS,
        @JsonProperty("Antarctic") ANTARCTIC,
        @JsonProperty("Asia") ASIA,
        @JsonProperty("Europe") EUROPE,
        @JsonProperty("Oceania") OCEANIA
    }
}
