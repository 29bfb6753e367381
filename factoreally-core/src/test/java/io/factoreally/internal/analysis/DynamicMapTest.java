package io.factoreally.internal.analysis;

import io.factoreally.AnalysisResult;
import io.factoreally.internal.model.ModelShape;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.factoreally.internal.analysis.TestAnalysis.oneThread;
import static io.factoreally.internal.analysis.TestAnalysis.runFile;
import static org.assertj.core.api.Assertions.assertThat;

class DynamicMapTest {

    private static boolean isMap(AnalysisResult r, String path) {
        return r.spec().hints(path).stream().anyMatch(h -> h.type().equals("OBJECT"));
    }

    @Test
    void countriesWithoutAModel() {
        AnalysisResult r = runFile("countries", oneThread());
        assertThat(isMap(r, "currencies")).isTrue();
        assertThat(isMap(r, "languages")).isTrue();
        assertThat(isMap(r, "name.native")).isTrue();
        assertThat(r.spec().paths()).contains("currencies.{}.name", "currencies.{}.symbol", "languages.{}",
                "name.native.{}.common");
        // fixed key sets stay objects
        assertThat(r.spec().paths()).contains("translations.deu.common", "demonyms.eng.f", "idd.root");
        assertThat(r.spec().paths()).noneMatch(p -> p.startsWith("currencies.EUR") || p.startsWith("languages.eng"));
        assertThat(r.dynamicMaps()).isEqualTo(3);
    }

    @Test
    void smallMostlyPresentKeySetsStayObjects() {
        AnalysisResult r = runFile("users", oneThread());
        assertThat(isMap(r, "metadata")).isFalse();
        assertThat(r.spec().paths()).contains("metadata.referrer", "metadata.plan");
    }

    @Test
    void theModelDecides() {
        AnalysisResult r = runFile("users", oneThread(), new ModelShape(Set.of("metadata"), Set.of()));
        assertThat(isMap(r, "metadata")).isTrue();
        assertThat(r.spec().hints("metadata").toString()).startsWith("[ObjectHint[], NumberHint[min=1, max=4,");
        assertThat(r.spec().paths()).contains("metadata.{}").doesNotContain("metadata.referrer");

        AnalysisResult fixed = runFile("countries", oneThread(), new ModelShape(Set.of(), Set.of()));
        assertThat(isMap(fixed, "currencies")).isFalse();
        assertThat(fixed.spec().paths()).contains("currencies.EUR.name");
    }

    @Test
    void openModelPathsAreLearnedFromData() {
        AnalysisResult r = runFile("countries", oneThread(), new ModelShape(Set.of(), Set.of("currencies")));
        assertThat(isMap(r, "currencies")).isTrue();
        assertThat(isMap(r, "languages")).isFalse();
    }

    @Test
    void objectsWithVeryManyKeysBecomeMapsWhileReading() {
        StringBuilder in = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            in.append(i == 0 ? "" : ",").append("{\"m\": {");
            for (int j = 0; j < 50; j++) {
                in.append(j == 0 ? "" : ",").append("\"k").append(i * 50 + j).append("\": ").append(j);
            }
            in.append("}}");
        }
        // a model that declares nothing: only the memory bound makes m a map
        AnalysisResult r = TestAnalysis.run(in.append(']').toString(), oneThread(),
                new ModelShape(Set.of(), Set.of()), StringFormats.all());
        assertThat(r.spec().paths()).containsExactly("m", "m.{}");
        assertThat(r.spec().toTree().at("/fields/m/NUMBER").toString()).isEqualTo("{\"min\":50,\"max\":50}");
    }
}
