package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FidelityReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The half-versus-half baseline: the mean over several random splits, not one split's luck. */
class EvaluatorTest {
    private static final Path CARS = Path.of("../../shared/data/cars.json");

    @Test
    void splitsAreHalvesOfAllRecordsAndDifferFromEachOther() {
        List<JsonNode> cars = RecordFiles.read(CARS);
        Set<List<JsonNode>> firstHalves = new HashSet<>();
        for (int k = 0; k < Evaluator.BASELINE_SPLITS; k++) {
            List<List<JsonNode>> h = Evaluator.halves(cars, 3, k);
            assertThat(h.get(0)).hasSize(cars.size() / 2);
            List<JsonNode> both = new ArrayList<>(h.get(0));
            both.addAll(h.get(1));
            assertThat(both).containsExactlyInAnyOrderElementsOf(cars);
            firstHalves.add(h.get(0));
            assertThat(Evaluator.halves(cars, 3, k)).as("seeded").isEqualTo(h);
        }
        assertThat(firstHalves).hasSize(Evaluator.BASELINE_SPLITS);
    }

    @Test
    void aFieldsBaselineIsTheMeanOfItsScoreOverTheSplits() {
        List<JsonNode> cars = RecordFiles.read(CARS);
        FidelityReport r = Evaluator.evaluate(cars, cars, 3, 40);
        Set<String> maps = MapPaths.detect(cars);
        Flattened all = Flattened.of(cars, maps);
        for (String path : List.of("Horsepower", "Origin", "Name")) {
            FieldPlan plan = FieldPlan.of(all.columns().get(path), all);
            double mean = IntStream.range(0, Evaluator.BASELINE_SPLITS).mapToDouble(k -> {
                List<List<JsonNode>> h = Evaluator.halves(cars, 3, k);
                return FieldScorer.score(plan, Flattened.of(h.get(0), maps), Flattened.of(h.get(1), maps)).score();
            }).average().orElseThrow();
            FidelityReport.FieldResult f = r.fields().stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
            assertThat(f.baselineScore()).as(path).isCloseTo(mean, within(1e-12)).isLessThan(1.0);
        }
    }

    @Test
    void theBaselineMovesLessWithTheSeedThanOneSplitDoes() {
        List<JsonNode> cars = RecordFiles.read(CARS);
        Set<String> maps = MapPaths.detect(cars);
        Flattened all = Flattened.of(cars, maps);
        FieldPlan plan = FieldPlan.of(all.columns().get("Weight_in_lbs"), all);
        double[] averaged = new double[10];
        double[] single = new double[10];
        for (int seed = 0; seed < 10; seed++) {
            FidelityReport r = Evaluator.evaluate(cars, cars, seed, 40);
            averaged[seed] = r.fields().stream().filter(x -> x.path().equals("Weight_in_lbs")).findFirst()
                    .orElseThrow().baselineScore();
            List<List<JsonNode>> h = Evaluator.halves(cars, seed, 0);
            single[seed] = FieldScorer.score(plan, Flattened.of(h.get(0), maps), Flattened.of(h.get(1), maps)).score();
        }
        assertThat(spread(averaged)).isLessThan(spread(single) / 2);
    }

    private static double spread(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
    }
}
