package io.factoreally.internal.relations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fed record by record or by chunks captured in any order and added in input order: the same sample. */
class RecordSampleTest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int RECORDS = 3000;
    private static final int CAPACITY = 100;

    /** Keys appear late and in varying order: the columns are those of the records kept, first seen first. */
    private static String record(int i) {
        return "{\"k" + (i % 97 == 0 ? i : i % 3) + "\": " + i + ", \"s\": \"" + "x".repeat(i % 150) + "\", \"n\": null,"
                + " \"big\": 123456789012345678901234567890, \"f\": " + i * 0.5 + ", \"o\": {\"a\": [1, {\"b\": 2}]},"
                + " \"t\": " + (i % 2 == 0) + "}";
    }

    /** Reads the record the parser is on (its START_OBJECT) to its end, as the analysis does. */
    private static void readAll(JsonParser p) throws IOException {
        readAll(p, null);
    }

    /** As {@link #readAll(JsonParser)}, telling {@code tap} (unless null) each token, as the extractor does. */
    private static void readAll(JsonParser p, RecordSample.Tap tap) throws IOException {
        int depth = 1;
        do {
            JsonToken t = p.nextToken();
            if (tap != null) {
                tap.token(t);
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (t == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (tap != null) {
                    tap.string(new String(text)); // equal text, another instance: as the extractor's table holds it
                }
            }
        } while (depth > 0);
    }

    private static JsonParser open(int i) throws IOException {
        JsonParser p = JSON.createParser(record(i));
        p.nextToken();
        return p;
    }

    /** The indices of the records a sample of {@link #CAPACITY} keeps: the smallest priorities. */
    private static List<Integer> kept() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            all.add(i);
        }
        all.sort((a, b) -> Long.compare(RecordSample.priority(a), RecordSample.priority(b)));
        List<Integer> kept = new ArrayList<>(all.subList(0, CAPACITY));
        Collections.sort(kept);
        return kept;
    }

    /** The columns the kept records make: their fields in input order, each where it first occurs. */
    private static List<String> namesOfKept() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (int i : kept()) {
            names.addAll(List.of("k" + (i % 97 == 0 ? i : i % 3), "s", "n", "big", "f", "o", "o.a", "t"));
        }
        return new ArrayList<>(names);
    }

    @Test
    void capturingOnlyTheRecordsThatAreKeptGivesTheSameSample() throws IOException {
        RecordSample serial = RecordSample.of(true, CAPACITY);
        for (int i = 0; i < RECORDS; i++) {
            try (JsonParser p = open(i)) {
                readAll(serial.tap(p, i));
            }
        }
        // a reader that knows sooner which records cannot be kept (here: all of them) captures fewer
        RecordSample fewer = RecordSample.of(true, CAPACITY);
        List<RecordSample.Captured> rows = new ArrayList<>();
        RecordSample.Chunk shared = fewer.chunk();
        for (int i : kept()) {
            try (JsonParser p = open(i)) {
                readAll(p, RecordSample.follow(p, i, rows, shared));
            }
        }
        fewer.addAll(rows);
        assertThat(rows).hasSize(CAPACITY);
        assertThat(fewer.names()).isEqualTo(serial.names()).isEqualTo(namesOfKept());
        assertThat(fewer.rows()).usingRecursiveComparison().isEqualTo(serial.rows());
        assertThat(fewer.elementLevels()).usingRecursiveComparison().isEqualTo(serial.elementLevels());
    }

    @Test
    void admissionThatHasSeenAheadAdmitsFewerButEveryRecordKept() {
        List<Integer> kept = kept();
        RecordSample.Admission all = RecordSample.of(true, CAPACITY).admission();
        for (int i = 0; i < RECORDS; i++) {
            all.see(i);
        }
        List<Integer> mayKeep = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            if (all.mayKeep(i)) {
                mayKeep.add(i);
            }
        }
        assertThat(mayKeep).isEqualTo(kept); // having seen everything: exactly the records kept
        // having seen 600 records past each decision: more than those, fewer than deciding from the past
        RecordSample.Admission past = RecordSample.of(true, CAPACITY).admission();
        RecordSample.Admission ahead = RecordSample.of(true, CAPACITY).admission();
        int admittedPast = 0;
        List<Integer> admittedAhead = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < RECORDS; i++) {
            admittedPast += past.admit(i) ? 1 : 0;
            while (seen < Math.min(RECORDS, i + 600)) {
                ahead.see(seen++);
            }
            if (ahead.mayKeep(i)) {
                admittedAhead.add(i);
            }
        }
        assertThat(admittedAhead).containsAll(kept).hasSizeLessThan(admittedPast);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ahead.mayKeep(RECORDS)))
                .hasMessage("record 3000 not seen yet");
    }

    @Test
    void chunksCapturedInAnyOrderGiveTheSampleOfOneReader() throws IOException {
        RecordSample serial = RecordSample.of(true, CAPACITY);
        int tapped = 0;
        for (int i = 0; i < RECORDS; i++) {
            try (JsonParser p = open(i)) {
                JsonParser q = serial.tap(p, i);
                tapped += q == p ? 0 : 1;
                readAll(q);
            }
        }
        RecordSample.Admission admission = serial.admission();
        RecordSample parallel = RecordSample.of(true, CAPACITY);
        List<List<RecordSample.Captured>> chunks = new ArrayList<>();
        List<int[]> admitted = new ArrayList<>();
        for (int start = 0; start < RECORDS; start += 64) {
            int[] a = new int[64];
            int n = 0;
            for (int i = start; i < Math.min(RECORDS, start + 64); i++) {
                if (admission.admit(i)) {
                    a[n++] = i;
                }
            }
            admitted.add(Arrays.copyOf(a, n));
            chunks.add(new ArrayList<>());
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            order.add(c);
        }
        Collections.reverse(order); // workers finish in any order
        int captured = 0;
        for (int c : order) {
            for (int i : admitted.get(c)) {
                try (JsonParser p = open(i)) {
                    JsonParser q = RecordSample.capture(p, i, chunks.get(c));
                    readAll(q);
                    captured++;
                }
            }
        }
        for (List<RecordSample.Captured> chunk : chunks) {
            parallel.addAll(chunk);
        }
        assertThat(captured).isEqualTo(tapped).isLessThan(RECORDS / 3);
        assertThat(parallel.names()).isEqualTo(serial.names()).isEqualTo(namesOfKept());
        assertThat(parallel.rows()).hasSize(CAPACITY);
        assertThat(parallel.rows()).usingRecursiveComparison().isEqualTo(serial.rows());
        Object[] first = serial.rows().get(0);
        assertThat(Arrays.asList(first)).contains(RecordSample.NULL, RecordSample.CONTAINER, 1.2345678901234568E29);
        // the objects inside arrays too: one element of o.a per record
        assertThat(parallel.elementLevels()).usingRecursiveComparison().isEqualTo(serial.elementLevels());
        assertThat(serial.elementLevels()).singleElement().satisfies(l -> {
            assertThat(l.array()).isEqualTo("o.a[]");
            assertThat(l.names()).containsExactly("o.a[].b");
            assertThat(l.rows()).hasSize(CAPACITY).allSatisfy(r -> assertThat(r).containsExactly(2L));
        });
    }

    @Test
    void elementsOfArraysAreRowsOfTheirOwnBoundedPerArray() throws IOException {
        RecordSample s = RecordSample.of(true, CAPACITY);
        for (int i = 0; i < 50; i++) {
            StringBuilder items = new StringBuilder();
            for (int e = 0; e < 20; e++) { // 20 elements, of which 8 are kept
                items.append(e == 0 ? "" : ", ").append("{\"sku\": \"s").append(e).append("\", \"box\": {\"w\": ")
                        .append(e).append("}, \"tags\": [{\"x\": 1}]}");
            }
            String json = "{\"id\": " + i + ", \"items\": [" + items + "], \"o\": {\"lines\": [{\"q\": " + i
                    + "}, 7]}, \"m\": [[{\"deep\": 1}]]}";
            try (JsonParser p = JSON.createParser(json)) {
                p.nextToken();
                readAll(s.tap(p, i));
            }
        }
        assertThat(s.names()).containsExactly("id", "items", "o", "o.lines", "m");
        List<ElementSample.Level> levels = s.elementLevels();
        assertThat(levels).extracting(ElementSample.Level::array).containsExactly("items[]", "o.lines[]");
        ElementSample.Level items = levels.get(0);
        // members of objects inside an element belong to it; arrays inside an element are not followed
        assertThat(items.names()).containsExactly("items[].sku", "items[].box", "items[].box.w", "items[].tags");
        assertThat(items.rows()).hasSize(50 * ElementSample.MAX_ELEMENTS);
        assertThat(items.rows().get(3)).containsExactly("s3", RecordSample.CONTAINER, 3L, RecordSample.CONTAINER);
        assertThat(levels.get(1).rows()).hasSize(50);
    }

    @Test
    void aRecordGivesAtMostItsShareOfElements() throws IOException {
        RecordSample s = RecordSample.of(true, CAPACITY);
        StringBuilder json = new StringBuilder("{");
        for (int a = 0; a < 10; a++) { // 10 arrays of 8 elements: the first 32 elements are kept
            json.append(a == 0 ? "" : ", ").append("\"a").append(a).append("\": [");
            for (int e = 0; e < 8; e++) {
                json.append(e == 0 ? "" : ", ").append("{\"x\": ").append(e).append("}");
            }
            json.append("]");
        }
        try (JsonParser p = JSON.createParser(json.append("}").toString())) {
            p.nextToken();
            readAll(s.tap(p, 0));
        }
        assertThat(s.elementLevels()).extracting(l -> l.rows().size()).containsExactly(8, 8, 8, 8);
    }

    @Test
    void theSampleKeepsTheSmallestPrioritiesInIndexOrder() throws IOException {
        RecordSample s = RecordSample.of(true, CAPACITY);
        for (int i = 0; i < RECORDS; i++) {
            try (JsonParser p = open(i)) {
                JsonParser q = s.tap(p, i);
                readAll(q);
            }
        }
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < RECORDS; i++) {
            expected.add(i);
        }
        expected.sort((a, b) -> Long.compare(RecordSample.priority(a), RecordSample.priority(b)));
        List<Long> kept = new ArrayList<>(expected.subList(0, CAPACITY));
        Collections.sort(kept);
        int fCol = s.names().indexOf("f");
        assertThat(s.rows().stream().map(r -> (long) ((Double) r[fCol] * 2)).toList()).isEqualTo(kept);
    }

    /** Record {@code i}: top-level keys t0..t(20i) and nested o.n0..o.n(80i), each valued with its number. */
    private static String wide(int i) {
        StringBuilder b = new StringBuilder("{");
        for (int k = 0; k <= 20 * i; k++) {
            b.append("\"t").append(k).append("\": ").append(k).append(", ");
        }
        b.append("\"o\": {");
        for (int k = 0; k <= 80 * i; k++) {
            b.append(k == 0 ? "" : ", ").append("\"n").append(k).append("\": ").append(k);
        }
        return b.append("}}").toString();
    }

    @Test
    void columnLimitsKeepTheFirstSeenFieldsOfEachKindWhicheverWayTheSampleIsFed() throws IOException {
        RecordSample serial = RecordSample.of(true, 40);
        RecordSample parallel = RecordSample.of(true, 40);
        List<RecordSample.Captured> captured = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (boolean tap : new boolean[] {true, false}) {
                try (JsonParser p = JSON.createParser(wide(i))) {
                    p.nextToken();
                    readAll(tap ? serial.tap(p, i) : RecordSample.capture(p, i, captured));
                }
            }
        }
        parallel.addAll(captured);
        List<String> names = serial.names();
        assertThat(names.stream().filter(n -> !n.startsWith("o.")).toList())
                .hasSize(RecordSample.MAX_COLUMNS).startsWith("t0", "o", "t1").endsWith("t254");
        assertThat(names.stream().filter(n -> n.startsWith("o.")).toList())
                .hasSize(RecordSample.MAX_NESTED_COLUMNS).startsWith("o.n0", "o.n1").endsWith("o.n1023");
        assertThat(parallel.names()).isEqualTo(names);
        List<Object[]> rows = serial.rows();
        assertThat(rows).hasSize(20).usingRecursiveComparison().isEqualTo(parallel.rows());
        Object[] last = rows.get(19);
        for (int c = 0; c < names.size(); c++) {
            String n = names.get(c);
            Object expected = n.equals("o") ? RecordSample.CONTAINER : Long.parseLong(n.replaceAll("\\D", ""));
            assertThat(last[c]).as(n).isEqualTo(expected);
        }
    }

    @Test
    void followingTheTokensAReaderReadsGivesTheSampleOfTapping() throws IOException {
        RecordSample tapped = RecordSample.of(true, CAPACITY);
        RecordSample followed = RecordSample.of(true, CAPACITY);
        int taps = 0;
        for (int i = 0; i < RECORDS; i++) {
            try (JsonParser p = open(i)) {
                readAll(tapped.tap(p, i));
            }
            try (JsonParser p = open(i)) {
                RecordSample.Tap tap = followed.follow(p, i);
                taps += tap == null ? 0 : 1;
                readAll(p, tap);
            }
        }
        assertThat(taps).isLessThan(RECORDS / 3).isGreaterThan(CAPACITY);
        assertThat(followed.names()).isEqualTo(tapped.names());
        assertThat(followed.rows()).hasSize(CAPACITY).usingRecursiveComparison().isEqualTo(tapped.rows());
        assertThat(followed.elementLevels()).usingRecursiveComparison().isEqualTo(tapped.elementLevels());
        assertThat(tapped.elementLevels()).singleElement().satisfies(l -> assertThat(l.rows()).hasSize(CAPACITY));
        assertThat(RecordSample.of(false, CAPACITY).follow(open(0), 0)).isNull();
        // a worker's records followed into lists, added in input order: the same sample again
        RecordSample.Admission admission = followed.admission();
        List<RecordSample.Captured> captured = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            if (admission.admit(i)) {
                try (JsonParser p = open(i)) {
                    readAll(p, RecordSample.follow(p, i, captured));
                }
            }
        }
        RecordSample parallel = RecordSample.of(true, CAPACITY);
        parallel.addAll(captured);
        assertThat(captured).hasSize(taps);
        assertThat(parallel.names()).isEqualTo(tapped.names());
        assertThat(parallel.rows()).usingRecursiveComparison().isEqualTo(tapped.rows());
        assertThat(parallel.elementLevels()).usingRecursiveComparison().isEqualTo(tapped.elementLevels());
    }

    @Test
    void recordsOfAChunkShareTheirFieldsAndStillGiveTheSampleOfTapping() throws IOException {
        RecordSample tapped = RecordSample.of(true, CAPACITY);
        for (int i = 0; i < RECORDS; i++) {
            try (JsonParser p = open(i)) {
                readAll(tapped.tap(p, i));
            }
        }
        RecordSample chunked = RecordSample.of(true, CAPACITY);
        RecordSample.Admission admission = chunked.admission();
        boolean[] admitted = new boolean[RECORDS];
        for (int i = 0; i < RECORDS; i++) {
            admitted[i] = admission.admit(i); // decided in input order, as the thread cutting chunks does
        }
        int chunkSize = 250;
        List<List<RecordSample.Captured>> chunks = new ArrayList<>();
        for (int c = 0; c < RECORDS / chunkSize; c++) {
            chunks.add(new ArrayList<>());
        }
        // captured last chunk first (workers finish in any order), each chunk's records sharing one Chunk
        for (int c = chunks.size() - 1; c >= 0; c--) {
            RecordSample.Chunk shared = chunked.chunk();
            for (int i = c * chunkSize; i < (c + 1) * chunkSize; i++) {
                if (admitted[i]) {
                    try (JsonParser p = open(i)) {
                        readAll(p, RecordSample.follow(p, i, chunks.get(c), shared));
                    }
                }
            }
        }
        for (List<RecordSample.Captured> chunk : chunks) {
            chunked.addAll(chunk);
        }
        assertThat(chunked.names()).isEqualTo(tapped.names()).isEqualTo(namesOfKept()).contains("big", "o.a");
        assertThat(chunked.rows()).hasSize(CAPACITY).usingRecursiveComparison().isEqualTo(tapped.rows());
        assertThat(chunked.elementLevels()).usingRecursiveComparison().isEqualTo(tapped.elementLevels());
    }

    @Test
    void chunksPoolTheirStringsBeforeTheWidthIsKnownAndWhenRowsAreWide() throws IOException {
        RecordSample narrow = RecordSample.of(true, CAPACITY);
        assertThat(narrow.chunkStrings()).as("no rows yet").isNotNull();
        for (int i = 0; i < 10; i++) {
            try (JsonParser p = open(i)) {
                readAll(narrow.tap(p, i));
            }
        }
        assertThat(narrow.chunkStrings()).as("a few columns").isNull();

        RecordSample wide = RecordSample.of(true, CAPACITY);
        StringBuilder members = new StringBuilder("{");
        for (int c = 0; c <= RecordSample.WIDE; c++) {
            members.append(c == 0 ? "" : ", ").append("\"f").append(c).append("\": \"v\"");
        }
        try (JsonParser p = JSON.createParser(members.append('}').toString())) {
            p.nextToken();
            readAll(wide.tap(p, 0));
        }
        assertThat(wide.chunkStrings()).as("more than WIDE columns").isNotNull();
    }
}
