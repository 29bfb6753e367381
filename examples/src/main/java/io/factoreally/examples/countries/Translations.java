package io.factoreally.examples.countries;

/**
 * The country's name in the same 24 languages in every record: a fixed key set, so a record (declared as
 * a {@code Map} it would be treated as a dynamic map).
 *
 * @param ara in ISO 639-3 language ara
 * @param bre in ISO 639-3 language bre
 * @param ces in ISO 639-3 language ces
 * @param deu in ISO 639-3 language deu
 * @param est in ISO 639-3 language est
 * @param fin in ISO 639-3 language fin
 * @param fra in ISO 639-3 language fra
 * @param hrv in ISO 639-3 language hrv
 * @param hun in ISO 639-3 language hun
 * @param ita in ISO 639-3 language ita
 * @param jpn in ISO 639-3 language jpn
 * @param kor in ISO 639-3 language kor
 * @param nld in ISO 639-3 language nld
 * @param per in ISO 639-3 language per
 * @param pol in ISO 639-3 language pol
 * @param por in ISO 639-3 language por
 * @param rus in ISO 639-3 language rus
 * @param slk in ISO 639-3 language slk
 * @param spa in ISO 639-3 language spa
 * @param srp in ISO 639-3 language srp
 * @param swe in ISO 639-3 language swe
 * @param tur in ISO 639-3 language tur
 * @param urd in ISO 639-3 language urd
 * @param zho in ISO 639-3 language zho
 */
public record Translations(
        LocalizedName ara,
        LocalizedName bre,
        LocalizedName ces,
        LocalizedName deu,
        LocalizedName est,
        LocalizedName fin,
        LocalizedName fra,
        LocalizedName hrv,
        LocalizedName hun,
        LocalizedName ita,
        LocalizedName jpn,
        LocalizedName kor,
        LocalizedName nld,
        LocalizedName per,
        LocalizedName pol,
        LocalizedName por,
        LocalizedName rus,
        LocalizedName slk,
        LocalizedName spa,
        LocalizedName srp,
        LocalizedName swe,
        LocalizedName tur,
        LocalizedName urd,
        LocalizedName zho) {
}
