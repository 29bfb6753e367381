package io.factoreally.internal.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.io.JsonErrors;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads records one at a time: a JSON array of objects, or NDJSON (objects separated by whitespace,
 * normally one per line), told apart by the first non-blank character. Strict: malformed JSON,
 * duplicate keys in an object, trailing content, NaN and leading zeros are errors that name the
 * source, line and column. A lone top-level object is an error that says how to fix the input.
 */
public final class RecordReader {
    /** Parser settings for input records. No default typing: input never names a class. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER) // correctly rounded too: the same doubles, faster
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Receives each record; the parser is on the record's {@code START_OBJECT}. */
    @FunctionalInterface
    public interface Sink {
        void record(JsonParser p, long index) throws IOException;
    }

    /** Opens the input; called once. */
    private interface Opener<T> {
        T open() throws IOException;
    }

    private final String source;
    private final Opener<InputStream> bytes;
    /** The file, when the input is one. */
    private final Path file;
    private final Opener<Reader> chars;
    private final Iterable<?> objects;
    private CountingStream counter;

    private RecordReader(String source, Opener<InputStream> bytes, Opener<Reader> chars, Iterable<?> objects) {
        this(source, bytes, chars, objects, null);
    }

    private RecordReader(String source, Opener<InputStream> bytes, Opener<Reader> chars, Iterable<?> objects,
                         Path file) {
        this.file = file;
        this.source = source;
        this.bytes = bytes;
        this.chars = chars;
        this.objects = objects;
    }

    public static RecordReader of(Path file) {
        return new RecordReader(file.toString(), () -> {
            try {
                if (!Files.isRegularFile(file) && Files.exists(file)) {
                    // a named pipe or device: a channel's stream asks a pipe its position (Illegal seek)
                    return new java.io.FileInputStream(file.toFile());
                }
                return Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new FactoreallyException("input file not found: " + file.toAbsolutePath());
            }
        }, null, null, file);
    }

    /** The file read, when the input is a file (threads may then read parts of it at their position); else null. */
    Path file() {
        return file;
    }

    public static RecordReader of(InputStream in, String source) {
        return new RecordReader(source, () -> in, null, null);
    }

    public static RecordReader of(Reader in, String source) {
        return new RecordReader(source, null, () -> in, null);
    }

    /** Records already in memory: {@code Map}s or {@code JsonNode} objects. */
    public static RecordReader ofObjects(Iterable<?> records, String source) {
        return new RecordReader(source, null, null, records);
    }

    /**
     * Opens a byte input (file or stream) for reading it in blocks, counting the bytes for
     * {@link #bytesRead()}; null when the input is characters or objects. Instead of {@link #read(Sink)}:
     * the input is opened once.
     */
    InputStream openBytes() {
        if (bytes == null) {
            return null;
        }
        try {
            counter = new CountingStream(new BufferedInputStream(bytes.open(), 1 << 16));
            return counter;
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A parser over one slice of the input's bytes (UTF-8 NDJSON lines), with the input's settings. */
    static JsonParser parser(byte[] data, int offset, int length) throws IOException {
        return FACTORY.createParser(data, offset, length);
    }

    /** A parser over UTF-8 NDJSON bytes from the start of a line, with the input's settings. */
    static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    private JsonParser open() throws IOException {
        if (chars != null) {
            return FACTORY.createParser(chars.open());
        }
        return FACTORY.createParser(openBytes());
    }

    /** Bytes consumed so far, or -1 when the input is not a byte stream. */
    public long bytesRead() {
        return counter == null ? -1 : counter.count;
    }

    public String source() {
        return source;
    }

    /**
     * Feeds every record to {@code sink}.
     *
     * @return the number of records
     * @throws FactoreallyException for malformed input or a record that is not an object
     */
    public long read(Sink sink) {
        if (objects != null) {
            return readObjects(sink);
        }
        return parse(this::open, p -> readParser(p, sink));
    }

    /** As {@link #read(Sink)}, from the bytes {@link #openBytes()} returned (some maybe read and put back). */
    long read(InputStream opened, Sink sink) {
        return parse(() -> FACTORY.createParser(opened), p -> readParser(p, sink));
    }

    /**
     * Reads the rest of an NDJSON input from the start of a line: record {@code firstIndex} starts at
     * line {@code firstLine}. Records, errors and messages are those {@link #read(Sink)} gives for the
     * whole input (it numbers the lines by starting the parser after {@code firstLine - 1} newlines).
     *
     * @return the index after the last record
     */
    long readNdjson(InputStream rest, long firstIndex, long firstLine, Sink sink) {
        return parse(() -> FACTORY.createParser(new SequenceInputStream(new Newlines(firstLine - 1), rest)),
                p -> readNdjson(p, p.nextToken(), firstIndex, sink));
    }

    private interface Body {
        long read(JsonParser p) throws IOException;
    }

    private long parse(Opener<JsonParser> opener, Body body) {
        JsonParser p = null;
        try {
            p = opener.open();
            return body.read(p);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Duplicate field ")) {
                throw new FactoreallyException(source + ": duplicate key " + msg.substring("Duplicate field ".length())
                        + " in one object" + at(e.getLocation()) + ": parsers disagree on which value wins, so such"
                        + " records are rejected; remove one of them", e);
            }
            throw new FactoreallyException(JsonErrors.describe(source, e, p), e);
        } catch (java.io.CharConversionException e) { // bytes that are not text in the detected encoding
            throw new FactoreallyException(source + ": not valid UTF-8/16/32 text: " + e.getMessage()
                    + "; JSON input must be UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading already finished or failed
                }
            }
        }
    }

    private long readParser(JsonParser p, Sink sink) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            var end = p.currentLocation();
            throw new FactoreallyException(source + ": no JSON data at line " + end.getLineNr() + ", column "
                    + end.getColumnNr() + " (the input is empty)");
        }
        long n = 0;
        if (first == JsonToken.START_ARRAY) {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new FactoreallyException(source + ": invalid JSON" + at(p.currentLocation())
                            + ": the array of records is not closed (expected ']')");
                }
                requireObject(p, t, n);
                sink.record(p, n++);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new FactoreallyException(source + ": invalid JSON" + at(p.currentTokenLocation())
                        + ": unexpected content after the closing ']' of the array of records");
            }
            return n;
        }
        if (first != JsonToken.START_OBJECT) {
            throw new FactoreallyException(source + ": expected a JSON array of objects or NDJSON (one object per line),"
                    + " but the input starts with " + describe(first) + at(p.currentTokenLocation()));
        }
        return readNdjson(p, first, 0, sink);
    }

    /** NDJSON: a sequence of objects separated by whitespace; {@code t} is the first record's token. */
    private long readNdjson(JsonParser p, JsonToken t, long firstIndex, Sink sink) throws IOException {
        long n = firstIndex;
        while (t != null) {
            requireObject(p, t, n);
            sink.record(p, n++);
            t = p.nextToken();
            if (n == 1 && t == null) {
                throw singleObject();
            }
        }
        return n;
    }

    /** The error for NDJSON input that holds one record only. */
    FactoreallyException singleObject() {
        return new FactoreallyException(source + ": the input is a single JSON object, not a list of records."
                + " Wrap it in [ ] to analyse it as one record, or write one object per line (NDJSON)");
    }

    private void requireObject(JsonParser p, JsonToken t, long index) {
        if (t != JsonToken.START_OBJECT) {
            throw new FactoreallyException(source + ": record " + (index + 1) + at(p.currentTokenLocation()) + " is "
                    + describe(t) + ", but every record must be a JSON object");
        }
    }

    /**
     * An in-memory record ({@code Map}, bean, {@code JsonNode}) as the JSON analysis sees it: java.time
     * values as ISO strings, {@code Optional}s unwrapped. Evaluation converts records the same way.
     */
    public static JsonNode tree(Object record) {
        return record instanceof JsonNode j ? j : MAPPER.valueToTree(record);
    }

    private long readObjects(Sink sink) {
        long n = 0;
        Iterator<?> it = objects.iterator();
        while (it.hasNext()) {
            Object o = it.next();
            JsonNode node = tree(o);
            if (node == null || !node.isObject()) {
                throw new FactoreallyException(source + ": record " + (n + 1) + " is "
                        + (node == null ? "null" : describeNode(node, o)) + ", but every record must be a JSON object"
                        + " (a Map or an ObjectNode)");
            }
            try (JsonParser p = MAPPER.treeAsTokens(node)) {
                p.nextToken();
                sink.record(p, n++);
            } catch (JsonProcessingException e) {
                throw new FactoreallyException(source + ": record " + n + ": " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    private static String describeNode(JsonNode node, Object original) {
        if (original instanceof Map<?, ?>) {
            return "a map";
        }
        return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** {@code n} newline bytes: puts a parser's line count where a slice of the input starts. */
    private static final class Newlines extends InputStream {
        private long left;

        Newlines(long n) {
            this.left = n;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return '\n';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '\n');
            left -= n;
            return n;
        }
    }

    /** Counts bytes for progress reporting. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
