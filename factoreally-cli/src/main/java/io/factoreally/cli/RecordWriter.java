package io.factoreally.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes records one by one as they are generated, so any number of records needs the memory of one.
 * JSON: an array with one record per line ({@code head}/{@code grep} friendly), or indented with
 * {@code pretty}; NDJSON: one record per line. Line ends are always {@code \n}, so output is
 * byte-identical on every machine.
 */
final class RecordWriter implements AutoCloseable {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** Output formats. */
    enum Format {
        JSON, NDJSON
    }

    private final JsonGenerator gen;
    private final Format format;
    private final boolean pretty;
    private long written;

    RecordWriter(OutputStream out, Format format, boolean pretty) throws IOException {
        this.gen = JSON.getFactory().createGenerator(out);
        this.format = format;
        this.pretty = pretty;
        gen.setRootValueSeparator(null);
        if (pretty) {
            DefaultIndenter lf = new DefaultIndenter("  ", "\n");
            gen.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
            gen.writeStartArray();
        } else if (format == Format.JSON) {
            gen.writeRaw('[');
        }
    }

    void write(Map<String, Object> record) throws IOException {
        if (pretty) {
            JSON.writeValue(gen, record);
        } else if (format == Format.JSON) {
            gen.writeRaw(written == 0 ? "\n" : ",\n");
            JSON.writeValue(gen, record);
        } else {
            JSON.writeValue(gen, record);
            gen.writeRaw('\n');
        }
        written++;
    }

    /** Ends the array and flushes (never closes the underlying stream). */
    @Override
    public void close() throws IOException {
        if (pretty) {
            gen.writeEndArray();
            gen.writeRaw('\n');
        } else if (format == Format.JSON) {
            gen.writeRaw(written == 0 ? "]\n" : "\n]\n");
        }
        gen.close();
    }
}
