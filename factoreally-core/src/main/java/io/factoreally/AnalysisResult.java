package io.factoreally;

import java.time.Duration;
import java.util.Map;

/**
 * What an analysis produced and found.
 *
 * @param spec            the spec
 * @param records         records analysed
 * @param dataPoints      scalar or null leaves seen (plus dynamic-map keys, as the original counts)
 * @param fields          field paths in the spec
 * @param dynamicMaps     paths analysed as dynamic maps
 * @param withheldValues  per field path, how many distinct values the privacy rule kept out of the spec
 * @param formatFields    string fields described by a learned format alone (emails, ids, timestamps, free
 *                        text ...): none of their values is stored whole, whatever its count
 * @param bytesRead       input bytes read, or -1 when unknown
 * @param elapsed         analysis time
 */
public record AnalysisResult(FactorySpec spec, long records, long dataPoints, int fields, int dynamicMaps,
                             Map<String, Long> withheldValues, int formatFields, long bytesRead, Duration elapsed) {
}
