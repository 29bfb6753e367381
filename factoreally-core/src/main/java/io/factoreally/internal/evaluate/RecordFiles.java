package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factoreally.FactoreallyException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole file of records into memory for evaluation: a JSON array of objects or NDJSON, told
 * apart by the first value. (The evaluation needs all records at once for its pair measures.)
 * Malformed input is an error naming the file, line and column.
 */
public final class RecordFiles {
    /** Reads one record at a time; content after the array is checked by {@link #read}. */
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RecordFiles() {
    }

    public static List<JsonNode> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new FactoreallyException("file not found: " + file);
        } catch (IOException e) {
            throw new FactoreallyException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static List<JsonNode> read(InputStream in, String source) {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new FactoreallyException(source + ": no records (empty input)");
            }
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(object(p, source, out.size()));
                }
                if (p.nextToken() != null) {
                    throw new FactoreallyException(source + ": content after the array at " + where(p.currentTokenLocation()));
                }
            } else {
                do {
                    out.add(object(p, source, out.size()));
                } while (p.nextToken() != null);
            }
            return out;
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            int nl = what == null ? -1 : what.indexOf('\n');
            throw new FactoreallyException(source + ": malformed JSON at " + where(e.getLocation()) + ": "
                    + (nl >= 0 ? what.substring(0, nl) : what), e);
        } catch (IOException e) {
            throw new FactoreallyException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode object(JsonParser p, String source, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new FactoreallyException(source + ": record " + index + " at " + where(p.currentTokenLocation())
                    + " is not a JSON object (expected an array of objects or one object per line)");
        }
        return MAPPER.readTree(p);
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
