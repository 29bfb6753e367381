package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.internal.model.ModelShape;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.factoreally.internal.analysis.TestAnalysis.oneThread;
import static io.factoreally.internal.analysis.TestAnalysis.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The original's create_spec / extract tests (spec-format.md Part B section 10) as exact
 * expectations, adapted where Part A deliberately differs (said at each place).
 */
class SpecCreationTest {

    static JsonNode fields(AnalysisResult r) {
        return r.spec().toTree().get("fields");
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @Test
    void emptyArrayField() {
        AnalysisResult r = run("[{\"timestamps\": []}]", oneThread());
        assertThat(r.records()).isEqualTo(1);
        assertThat(r.dataPoints()).isZero();
        assertThat(r.spec().toTree().get("metadata").get("samples_analyzed").asLong()).isEqualTo(1);
        assertThat(r.spec().toTree().get("metadata").get("data_points").asLong()).isZero();
        assertThat(fields(r).toString()).isEqualTo(json("{'timestamps':{'ARRAY':{},'NUMBER':{'min':0,'max':0}}}"));
    }

    @Test
    void arraysOfDatetimesWithAMissingField() {
        String in = "[{\"timestamps\": [\"2024-01-01T10:00:00.123456+00:00\", \"2024-01-02T10:00:00.000001+00:00\","
                + " \"2024-01-03T11:30:00.500000+00:00\"]},"
                + "{\"timestamps\": [\"2023-12-31T23:59:59.999999+00:00\", \"2024-01-01T00:00:00.100000+00:00\"]}, {}]";
        AnalysisResult r = run(in, oneThread(), null, List.of(TestFormats.ISO_DATETIME));
        assertThat(r.dataPoints()).isEqualTo(5);
        assertThat(fields(r).toString()).isEqualTo(json("{'timestamps':{'ARRAY':{},'NUMBER':{'min':2,'max':3},"
                + "'MISSING':{'pct':33.333}},'timestamps[]':{'DATETIME':{'min':'2023-12-31T23:59:59.999999+00:00',"
                + "'max':'2024-01-03T11:30:00.500000+00:00'}}}"));
    }

    @Test
    void nullsAndMissingAreConditional() {
        String in = "[{}, {'data': null}, {'data': {}}, {'data': {'topList': null}}, {'data': {'topList': []}},"
                + " {'data': {'topList': [{}]}}, {'data': {'topList': [{'nestedList': null}]}},"
                + " {'data': {'topList': [{'nestedList': []}]}}]";
        AnalysisResult r = run(json(in), oneThread());
        assertThat(r.dataPoints()).isEqualTo(3);
        assertThat(fields(r).toString()).isEqualTo(json("{'data':{'NULL':{'pct':14.286},'MISSING':{'pct':12.5}},"
                + "'data.topList':{'ARRAY':{},'NUMBER':{'min':0,'max':1},'NULL':{'pct':20.0},'MISSING':{'pct':16.667}},"
                + "'data.topList[].nestedList':{'ARRAY':{},'NUMBER':{'min':0,'max':0},'NULL':{'pct':50.0},"
                + "'MISSING':{'pct':33.333}}}"));
    }

    @Test
    void twentyIntegers() {
        assumeTrue(TestAnalysis.realFitterAvailable(), "needs the real NumberFitter");
        StringBuilder in = new StringBuilder("[");
        int[] v = {85, 92, 88, 105, 110, 95, 100, 98, 102, 107, 93, 97, 103, 90, 108, 96, 101, 94, 99, 104};
        for (int i = 0; i < v.length; i++) {
            in.append(i == 0 ? "" : ",").append("{\"value\": ").append(v[i]).append('}');
        }
        AnalysisResult r = run(in.append(']').toString(), oneThread());
        JsonNode number = fields(r).get("value").get("NUMBER");
        // Part A row 6: bounds are the observed range (85..110), not the original's IQR fences (80..118)
        assertThat(number.get("min").asLong()).isEqualTo(85);
        assertThat(number.get("max").asLong()).isEqualTo(110);
        assertThat(number.get("min").isIntegralNumber()).isTrue();
    }

    @Test
    void emptyInput() {
        AnalysisResult r = run("[]", oneThread());
        assertThat(r.records()).isZero();
        assertThat(r.dataPoints()).isZero();
        assertThat(r.spec().paths()).isEmpty();
    }

    @Test
    void intermediateObjectsAndMissingFields() {
        // The original's extractor records `user` and `user.profile` as paths; in a spec an intermediate object
        // appears only with NULL/MISSING (Part B section 1), so `user` (always present) is not a field.
        AnalysisResult r = run(json("[{'user': {'name': 'a', 'profile': {'age': 30}}}, {'user': {'name': 'b'}}]"),
                oneThread().minOccurrences(1));
        assertThat(r.spec().paths()).containsExactly("user.name", "user.profile", "user.profile.age");
        assertThat(fields(r).get("user.profile").toString()).isEqualTo(json("{'MISSING':{'pct':50.0}}"));
    }

    @Test
    void arrayLengthsAndValueCounts() {
        AnalysisResult r = run(json("[{'tags': ['x', 'y'], 's': 'active'}, {'tags': ['x'], 's': 'inactive'},"
                + " {'tags': [], 's': 'active'}]"), oneThread().minOccurrences(1));
        assertThat(fields(r).get("tags").toString()).isEqualTo(json("{'ARRAY':{},'NUMBER':{'min':0,'max':2}}"));
        // Part A row 4: weights with 6 significant digits instead of 3 decimals
        assertThat(fields(r).get("s").toString())
                .isEqualTo(json("{'CHOICE':{'choices':['active','inactive'],'weights':[0.666667,0.333333]}}"));
    }

    private static final String MODEL_RECORDS = json("["
            + "{'name': 'a', 'dynamic': {'3f2b8c1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f': 'value1',"
            + " '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d': 'value2'}, 'nested': {'height': 160},"
            + " 'elements': [{'age': 20}, {'age': 22}]},"
            + "{'name': 'b', 'dynamic': {'0f1e2d3c-4b5a-4697-8877-665544332211': 'value3',"
            + " '11223344-5566-4778-8899-aabbccddeeff': 'value4', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d': 'value5'},"
            + " 'nested': {'height': 170}, 'elements': [{'age': 24}, {'age': 26}]},"
            + "{'name': 'c', 'dynamic': null, 'nested': null, 'elements': null},"
            + "{'name': 'd'}]");

    private static final String MODEL_FIELDS = json("{'name':{'CHOICE':{'choices':['a','b','c','d'],"
            + "'weights':[0.25,0.25,0.25,0.25]}},"
            + "'dynamic':{'OBJECT':{},'NUMBER':{'min':2,'max':3},'CHOICE':{'choices':["
            + "'3f2b8c1e-1d2a-4c5b-9e8f-0a1b2c3d4e5f','7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',"
            + "'0f1e2d3c-4b5a-4697-8877-665544332211','11223344-5566-4778-8899-aabbccddeeff',"
            + "'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'],'weights':[0.2,0.2,0.2,0.2,0.2]},"
            + "'NULL':{'pct':33.333},'MISSING':{'pct':25.0}},"
            + "'dynamic.{}':{'CHOICE':{'choices':['value1','value2','value3','value4','value5'],"
            + "'weights':[0.2,0.2,0.2,0.2,0.2]}},"
            + "'nested':{'NULL':{'pct':33.333},'MISSING':{'pct':25.0}},"
            + "'nested.height':{'NUMBER':{'min':160,'max':170}},"
            + "'elements':{'ARRAY':{},'NUMBER':{'min':2,'max':2},'NULL':{'pct':33.333},'MISSING':{'pct':25.0}},"
            + "'elements[].age':{'NUMBER':{'min':20,'max':26}}}");

    /**
     * The original's pydantic integration test. Differences by design: minOccurrences 1 (Part A row 23 would
     * withhold these single values), fields in first-seen order (not sorted), the key hint is a CHOICE of keys
     * here because this test runs without the real formats (with them: UUID4), and the observed number range.
     */
    @Test
    void modelDeclaredDynamicMap() {
        AnalysisResult r = run(MODEL_RECORDS, oneThread().minOccurrences(1),
                new ModelShape(Set.of("dynamic"), Set.of()), List.of());
        assertThat(r.dataPoints()).isEqualTo(23);
        assertThat(r.dynamicMaps()).isEqualTo(1);
        assertThat(fields(r).toString()).isEqualTo(MODEL_FIELDS);
    }

    @Test
    void sameMapFoundWithoutAModelFromItsUuidKeys() {
        AnalysisResult r = run(MODEL_RECORDS, oneThread().minOccurrences(1), null, List.of());
        assertThat(fields(r).toString()).isEqualTo(MODEL_FIELDS);
        assertThat(r.dataPoints()).isEqualTo(23);
    }

    @Test
    void mapOfDatesToObjects() {
        String in = json("[{'daily_metrics': {'2025-01-05': {'total_users': 100}, '2025-01-06': {'total_users': 110},"
                + " '2025-01-07': {'total_users': 95}}},"
                + " {'daily_metrics': {'2025-01-08': {'total_users': 120}, '2025-01-09': {'total_users': 125},"
                + " '2025-01-10': {'total_users': 105}, '2025-01-11': {'total_users': 115}}}]");
        AnalysisResult r = run(in, oneThread().minOccurrences(1));
        assertThat(r.spec().paths()).containsExactly("daily_metrics", "daily_metrics.{}.total_users");
        assertThat(fields(r).get("daily_metrics").get("NUMBER").toString()).isEqualTo(json("{'min':3,'max':4}"));
        assertThat(fields(r).get("daily_metrics.{}.total_users").get("NUMBER").toString())
                .isEqualTo(json("{'min':95,'max':125}"));
        assertThat(r.dataPoints()).isEqualTo(14); // 7 values + 7 keys (the original's test counts 16 with 2 more)
    }

    @Test
    void presenceAndNullRatesAreConditional() {
        AnalysisResult r = run(json("[{'a': 1}, {'a': null}, {}, {}]"), oneThread());
        assertThat(fields(r).get("a").toString())
                .isEqualTo(json("{'NUMBER':{'min':1,'max':1},'NULL':{'pct':50.0},'MISSING':{'pct':50.0}}"));
    }

    @Test
    void boolsStayDistinctFromNumbersAndIntsFromFloats() {
        AnalysisResult r = run(json("[{'x': true}, {'x': 1}, {'x': 1.0}, {'x': true}]"), oneThread());
        assertThat(fields(r).get("x").toString())
                .isEqualTo(json("{'CHOICE':{'choices':[true,1,1.0],'weights':[0.5,0.25,0.25]}}"));
    }

    @Test
    void bigNumbersAreKeptExactly() {
        AnalysisResult r = run("[{\"n\": 100000000000000000000, \"d\": 1234567890123456789012345678901234567890.5},"
                + " {\"n\": 1, \"d\": \"x\"}]", oneThread().minOccurrences(1));
        String text = r.spec().toJson();
        assertThat(fields(r).get("n").get("NUMBER").get("max").bigIntegerValue())
                .isEqualTo(new java.math.BigInteger("100000000000000000000"));
        assertThat(text).contains("1234567890123456789012345678901234567890.5");
    }

    @Test
    void precisionFromScientificNotation() {
        AnalysisResult r = run(json("[{'x': 1.5e-7}, {'x': 0.25}, {'x': 2}]"), oneThread());
        assertThat(fields(r).get("x").get("NUMBER").get("prec").asInt()).isEqualTo(8);
    }

    @Test
    void keysThatNeedEscapes() {
        AnalysisResult r = run(json("[{'a.b': 1, 'c': {'d[]': 2}, '': 3}]"), oneThread());
        assertThat(r.spec().paths()).containsExactly("a\\.b", "c.d\\[\\]", "\\e");
    }

    @Test
    void mixedShapesKeepTheMostFrequentOne() {
        AnalysisResult r = run(json("[{'x': [1]}, {'x': 'a'}, {'x': 'b'}, {'x': {'y': 1}}]"), oneThread());
        assertThat(r.spec().paths()).containsExactly("x");
        assertThat(fields(r).get("x").has("ARRAY")).isFalse();
        assertThat(r.dataPoints()).isEqualTo(4);
    }

    @Test
    void metadataNamesTheOptionsButNotTheThreads() {
        AnalysisResult r = run("[{\"a\": 1}]", CreateOptions.defaults().threads(3).minOccurrences(7));
        assertThat(r.spec().toTree().get("metadata").toString()).isEqualTo(json("{'samples_analyzed':1,'data_points':1,"
                + "'format_version':1,'created_by':'factoreally-java','options':{'min_occurrences':7,"
                + "'python_compatible':false}}"));
    }

    @Test
    void discreteNumbersKeepTheirFrequencies() {
        StringBuilder in = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            in.append(i == 0 ? "" : ",").append("{\"c\": ").append(i < 15 ? 4 : i < 25 ? 8 : 6)
                    .append(", \"r\": ").append(i < 15 ? 4 : i < 26 ? 8 : 6).append('}');
        }
        AnalysisResult r = run(in.append(']').toString(), oneThread());
        // Part A: ours; the original fits a range. Every value seen >= 5 times -> exact shares
        assertThat(fields(r).get("c").toString())
                .isEqualTo(json("{'CHOICE':{'choices':[4,8,6],'weights':[0.5,0.333333,0.166667]}}"));
        // one value seen only 4 times: a range
        assertThat(fields(r).get("r").has("NUMBER")).isTrue();
    }

    @Test
    void nestingDeeperThanASpecSupportsIsAClearError() {
        String deep = "[{\"ok\": 1}, {\"a\":" + "[".repeat(250) + "1" + "]".repeat(250) + "}]";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(deep, oneThread()))
                .hasMessageStartingWith("test.json: record 2 at line 1, column 218: nesting depth");
        for (int threads : new int[] {1, 2}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(deep, oneThread().threads(threads)))
                    .isInstanceOf(io.factoreally.FactoreallyException.class)
                    .hasMessageStartingWith("test.json: record 2")
                    .hasMessageContaining(": nesting depth exceeds 200 levels (at a[][][]")
                    .hasMessageEndingWith("...); a spec supports at most 200");
        }
        assertThat(run("[{\"a\":" + "[".repeat(199) + "1" + "]".repeat(199) + "}]", oneThread()).fields())
                .isEqualTo(200);
    }

    @Test
    void rareStringsAreWithheldAndTheirShareKept() {
        String in = json("[{'s': 'often'}, {'s': 'often'}, {'s': 'often'}, {'s': 'often'}, {'s': 'often'},"
                + " {'s': 'rare one'}, {'s': 'rare'}, {'s': null}]");
        AnalysisResult r = run(in, oneThread(), null, List.of());
        assertThat(fields(r).get("s").toString()).isEqualTo(json("{'CHOICE':{'choices':['often'],'weights':[0.714286],"
                + "'other':0.285714},'TEXT':{'min':4,'max':8},'NULL':{'pct':12.5}}"));
        assertThat(r.withheldValues()).containsExactly(java.util.Map.entry("s", 2L));
        // all withheld: only the fallback
        AnalysisResult all = run(json("[{'s': 'x1'}, {'s': 'x2'}]"), oneThread(), null, List.of());
        assertThat(fields(all).get("s").toString()).isEqualTo(json("{'TEXT':{'min':2,'max':2}}"));
        // a single value seen k times stays CONST
        AnalysisResult one = run(json("[{'s':'k'},{'s':'k'},{'s':'k'},{'s':'k'},{'s':'k'}]"), oneThread(), null,
                List.of());
        assertThat(fields(one).get("s").toString()).isEqualTo(json("{'CONST':{'val':'k'}}"));
    }

    @Test
    void withheldShortStringsAreGeneratedInTheShapeOfTheWithheldOnes() {
        String in = json("[{'s': 'often'}, {'s': 'often'}, {'s': 'often'}, {'s': 'often'}, {'s': 'often'},"
                + " {'s': 'rare one'}, {'s': 'rare'}, {'s': null}]");
        // learned from the withheld values alone, so the stored "often" is not made again
        assertThat(fields(run(in, oneThread())).get("s").toString()).isEqualTo(json("{'CHOICE':{'choices':['often'],"
                + "'weights':[0.714286],'other':0.285714},'TEMPLATE':{'templates':[[{'chars':'a-z','min':4,'max':4},"
                + "{'lit':' '},{'chars':'a-z','min':3,'max':3}],[{'chars':'a-z','min':4,'max':4}]],"
                + "'weights':[0.5,0.5]},'NULL':{'pct':12.5}}"));
        // prose (more than 3 spaces) and values of separators only keep TEXT
        AnalysisResult prose = run(json("[{'s': 'one two three four five'}, {'s': 'six seven eight nine ten'}]"),
                oneThread());
        assertThat(fields(prose).get("s").toString()).isEqualTo(json("{'TEXT':{'min':23,'max':24}}"));
        AnalysisResult dots = run(json("[{'s': 'ab'}, {'s': '.'}]"), oneThread());
        assertThat(fields(dots).get("s").toString()).isEqualTo(json("{'TEXT':{'min':1,'max':2}}"));
    }
}
