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
    private interface Opener {
        JsonParser open() throws IOException;
    }

    private final String source;
    private final Opener opener;
    private final Iterable<?> objects;
    private CountingStream counter;

    private RecordReader(String source, Opener opener, Iterable<?> objects) {
        this.source = source;
        this.opener = opener;
        this.objects = objects;
    }

    public static RecordReader of(Path file) {
        RecordReader[] self = new RecordReader[1];
        self[0] = new RecordReader(file.toString(), () -> {
            InputStream in;
            try {
                in = Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new FactoreallyException("input file not found: " + file.toAbsolutePath());
            }
            return self[0].parser(in);
        }, null);
        return self[0];
    }

    public static RecordReader of(InputStream in, String source) {
        RecordReader[] self = new RecordReader[1];
        self[0] = new RecordReader(source, () -> self[0].parser(in), null);
        return self[0];
    }

    public static RecordReader of(Reader in, String source) {
        return new RecordReader(source, () -> FACTORY.createParser(in), null);
    }

    /** Records already in memory: {@code Map}s or {@code JsonNode} objects. */
    public static RecordReader ofObjects(Iterable<?> records, String source) {
        return new RecordReader(source, null, records);
    }

    private JsonParser parser(InputStream in) throws IOException {
        counter = new CountingStream(new BufferedInputStream(in, 1 << 16));
        return FACTORY.createParser(counter);
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
        JsonParser p = null;
        try {
            p = opener.open();
            return readParser(p, sink);
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
        // NDJSON: a sequence of objects separated by whitespace
        JsonToken t = first;
        while (t != null) {
            requireObject(p, t, n);
            sink.record(p, n++);
            t = p.nextToken();
            if (n == 1 && t == null) {
                throw new FactoreallyException(source + ": the input is a single JSON object, not a list of records."
                        + " Wrap it in [ ] to analyse it as one record, or write one object per line (NDJSON)");
            }
        }
        return n;
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
