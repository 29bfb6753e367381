package io.factoreally.internal.analysis;

import io.factoreally.CreateOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Same input and options: byte-identical spec, whatever the thread count and however often it runs. */
class DeterminismTest {

    static List<String> dataSets() {
        return TestAnalysis.DATA_SETS;
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void threadsDoNotChangeTheSpec(String dataSet) {
        String one = TestAnalysis.runFile(dataSet, CreateOptions.defaults().threads(1)).spec().toJson();
        String three = TestAnalysis.runFile(dataSet, CreateOptions.defaults().threads(3)).spec().toJson();
        String again = TestAnalysis.runFile(dataSet, CreateOptions.defaults().threads(3)).spec().toJson();
        assertThat(three).isEqualTo(one);
        assertThat(again).isEqualTo(one);
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void pythonCompatibleOutputToo(String dataSet) {
        CreateOptions py = CreateOptions.defaults().pythonCompatible(true);
        String one = TestAnalysis.runFile(dataSet, py.threads(1)).spec().toJson();
        assertThat(TestAnalysis.runFile(dataSet, py.threads(2)).spec().toJson()).isEqualTo(one);
    }
}
