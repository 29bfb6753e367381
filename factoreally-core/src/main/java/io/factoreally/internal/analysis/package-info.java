/**
 * Analysis: records in, spec out (DESIGN.md section 2).
 *
 * <p>Pipeline: {@link io.factoreally.internal.analysis.RecordReader} (JSON array or NDJSON, Jackson
 * streaming) -> {@code Extractor} (one walk per record, statistics per field path in a tree of
 * {@code PathNode}s; records are grouped into chunks of
 * {@value io.factoreally.internal.analysis.Analysis#CHUNK} and chunks into segments of up to 16, each
 * segment gathered in a tree of its own that runs {@code PathNode.chunkDone} after every chunk, and
 * folded into the total in input order, which runs it after every segment) -> {@code SpecAssembler} (dynamic maps, shapes, hints via {@code HintSelector}, first-seen
 * order, metadata) -> {@link io.factoreally.internal.analysis.PythonCompatibility} when asked.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Input: the first non-blank character decides: "[" = array of records, "{" = NDJSON
 *       (objects separated by any whitespace; blank lines allowed). A lone top-level object is an error
 *       that suggests wrapping it in {@code [ ]} or writing NDJSON. Duplicate keys in one object are
 *       rejected (parsers disagree on which value wins; with one thread the extractor checks, with its
 *       member nodes, instead of the parser's per-object hash set); NaN, leading zeros, trailing content and
 *       invalid UTF-8 are rejected by Jackson. Errors name the source, line and column.</li>
 *   <li>Threads: chunks and segments are fixed (a segment's length is decided from the first chunk's
 *       number of values: wide records get shorter segments) and folded strictly in input order;
 *       statistics are linear between chunk boundaries and the only order-dependent step (evicting
 *       values from a heavy-hitters table) runs at chunk boundaries on a set, not a sequence; so every
 *       sketch ends in the same state for any thread count: byte-identical specs. A fresh segment tree
 *       leaves out number-sample positions and distinct-value hashes the total can no longer take
 *       ({@code SegmentGuide}): the same merged state, less work.</li>
 *   <li>Parallel reading: an NDJSON file is marked out in segments by one thread counting lines
 *       ({@code NdjsonLines}), and each worker reads and gathers whole segments from the file
 *       ({@code ParallelNdjsonFile}); a segment that is not exactly one object per non-blank line, or
 *       fails, makes one thread read the file again, so records, errors, lines and columns are those of
 *       one thread. NDJSON streams are cut at line ends by one thread ({@code NdjsonChunker}) and every
 *       chunk is parsed by a worker with its own parser ({@code ParallelNdjson}); a chunk that fails is
 *       read again with everything after it by one thread; the first error in input order wins.
 *       JSON arrays and {@code Reader}s are parsed by the reading thread, which hands token-buffer
 *       copies to the workers. The relation sample decides from record indices alone which records
 *       it captures, so workers capture them and the fold adds them in input order.</li>
 *   <li>Memory: value counts are exact up to 4,096 distinct values per path, then Space-Saving
 *       evicting at chunk boundaries (guaranteed lower bounds decide privacy); numbers keep a 4,096-value sample chosen by a hash of
 *       the value's position (seeded, order-independent); objects with more than 1,000 distinct keys
 *       become dynamic maps while reading.</li>
 *   <li>Values: bool is not a number, 1 is not 1.0, integers beyond 64 bits are BigIntegers, float
 *       literals with more than 15 significant digits are BigDecimals (exact in CHOICE/CONST). Float
 *       precision comes from the literal text (1.5e-7 needs 8 decimals), capped at 12.</li>
 *   <li>Dynamic maps without a model: see {@code DynamicMapRule}. With a model, the model decides
 *       except below the paths it leaves open.</li>
 *   <li>Mixed shapes: a path that holds arrays, objects and scalars is described by the shape it held
 *       most often (ties: array, object, scalar); the others are left out (their leaves still count as
 *       data points). Mixed scalar types give a CHOICE.</li>
 *   <li>Privacy: a string is stored verbatim (CHOICE, CONST, map keys) only when it occurred at least
 *       k times. The withheld share stays: CHOICE gets {@code other} (its share) and is followed by a
 *       fallback value hint that produces those values (a format learned from the strings, else a
 *       template of their frequent words ({@code WordTemplates}: names, short labels), else their
 *       shape, else TEXT with the observed length range; for map keys none, so keys are random). A path whose values
 *       are all withheld gets only the fallback. {@code AnalysisResult.withheldValues} counts the
 *       distinct values withheld per path.</li>
 *   <li>Rates: NULL and MISSING are rounded to 3 decimals as the original does, unless that would turn a
 *       rate that is not 0 or 100 into 0 or 100. CHOICE weights have 6 significant digits.</li>
 *   <li>Metadata: {@code samples_analyzed}, {@code data_points} (scalar and null leaves plus the keys of
 *       every dynamic map), {@code format_version}, {@code created_by}, {@code options}
 *       (min_occurrences, python_compatible, model; never the thread count, which does not change the
 *       result).</li>
 * </ul>
 */
package io.factoreally.internal.analysis;
