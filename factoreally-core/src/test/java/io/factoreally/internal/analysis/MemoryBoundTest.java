package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.AnalysisResult;
import io.factoreally.internal.model.ModelShape;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Counters stay capped however many distinct values arrive, and frequent values are still found. */
class MemoryBoundTest {
    private static final int RECORDS = 40_000;

    /** 30% "common", 10% "rare-but-k" spread, the rest unique strings; unique floats. */
    private static String input() {
        StringBuilder b = new StringBuilder(RECORDS * 40);
        for (int i = 0; i < RECORDS; i++) {
            String s = i % 10 < 3 ? "common" : i % 10 == 3 ? "second" : "u" + i;
            b.append("{\"s\": \"").append(s).append("\", \"f\": ").append(i * 0.001 + 0.0005).append("}\n");
        }
        return b.toString();
    }

    @Test
    void statisticsStayBounded() {
        String in = input();
        Extractor x = new Extractor(ModelPaths.of(ModelShape.none(), false), List.of());
        PathNode total = PathNode.root(true);
        ModelPaths paths = ModelPaths.of(ModelShape.none(), false);
        RecordReader.of(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), "t").read((p, i) -> {
            x.record(p, i);
            if ((i + 1) % Analysis.CHUNK == 0) {
                x.root().chunkDone(); // eviction happens at chunk boundaries
            }
        });
        total.mergeFrom(x.root(), paths, List.of());
        total.chunkDone();
        PathNode s = total.members.get("s");
        PathNode f = total.members.get("f");
        assertThat(s.values.size()).isLessThan(2 * ValueCounts.DEFAULT_CAPACITY);
        assertThat(s.values.complete()).isFalse();
        assertThat(f.values.size()).isLessThan(2 * ValueCounts.DEFAULT_CAPACITY);
        assertThat(f.numbers.sampleSize()).isEqualTo(NumericStats.SAMPLE_SIZE);
        assertThat(f.numbers.count).isEqualTo(RECORDS);
        assertThat(f.numbers.min).isEqualTo(0.0005);
        assertThat(s.values.distinct()).isCloseTo(RECORDS * 6 / 10 + 2, within(RECORDS * 6 / 100L));
        ValueCounts.Entry common = s.values.entries().get("common");
        assertThat(common.lowerBound()).isLessThanOrEqualTo(RECORDS * 3 / 10).isGreaterThan(RECORDS * 3 / 10 - 200);
    }

    @Test
    void heavyHittersSurviveWithTheirShare() {
        // no string formats: this is about the counters behind CHOICE
        AnalysisResult r = TestAnalysis.run("[" + input().replace("}\n{", "},{").trim() + "]", TestAnalysis.oneThread(),
                null, List.of());
        JsonNode choice = r.spec().toTree().at("/fields/s/CHOICE");
        assertThat(choice.get("choices").toString()).isEqualTo("[\"common\",\"second\"]");
        assertThat(choice.get("weights").get(0).asDouble()).isCloseTo(0.3, within(0.005));
        assertThat(choice.get("weights").get(1).asDouble()).isCloseTo(0.1, within(0.005));
        assertThat(choice.get("other").asDouble()).isCloseTo(0.6, within(0.01));
        assertThat(r.withheldValues().get("s")).isGreaterThan(20_000L);
    }
}
