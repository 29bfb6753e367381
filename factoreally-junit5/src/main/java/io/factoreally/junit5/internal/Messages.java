package io.factoreally.junit5.internal;

import java.lang.reflect.Type;
import java.util.List;

/** Every message the extension shows, in one place, so that wording stays consistent and testable. */
public final class Messages {
    private static final String SINGLE_TYPES = "a model class or record, Map<String, Object>, JsonNode, String (JSON)";

    private Messages() {
    }

    // --- where -----------------------------------------------------------------------------------

    static String parameter(int index, String name, String executable, boolean constructor) {
        return "parameter [" + index + "] '" + name + "' of " + (constructor ? "constructor " : "") + executable;
    }

    static String field(String field) {
        return "field " + field;
    }

    // --- configuration ---------------------------------------------------------------------------

    static String bothAnnotations(String where) {
        return "both @Realistic and @RealisticBatch on " + where + ": use one of them";
    }

    static String staticField(String annotation, String where) {
        return annotation + " cannot inject static " + where + ": make it an instance field";
    }

    static String finalField(String annotation, String where) {
        return annotation + " cannot inject final " + where + ": remove 'final'";
    }

    static String cannotSet(String where, String problem) {
        return "cannot set " + where + ": " + problem;
    }

    static String negativeCount(String annotation, String attribute, int value, String where) {
        return annotation + " " + attribute + " must be at least 0, was " + value + ", on " + where;
    }

    static String sourceWithoutParameter(String annotation, String where) {
        return annotation + " on " + where + " needs a first parameter to receive the records";
    }

    static String badRunSeed(String text) {
        return "configuration parameter " + RunSeed.PARAMETER + " must be a whole number (a long), was '" + text + "'";
    }

    // --- types -----------------------------------------------------------------------------------

    static String unsupportedSingle(String where, Type type, boolean looksLikeBatch) {
        return "@Realistic cannot inject " + Names.of(type) + " into " + where + ": supported are "
                + SINGLE_TYPES + " and Factory" + (looksLikeBatch ? "; for several records use @RealisticBatch" : "");
    }

    static String unsupportedBatch(String where, Type type) {
        return "@RealisticBatch cannot inject " + Names.of(type) + " into " + where
                + ": supported are List<T>, Set<T>, Collection<T>, Stream<T> and T[] where T is " + SINGLE_TYPES;
    }

    static String unsupportedSource(String annotation, String where, Type type) {
        return annotation + " cannot provide " + Names.of(type) + " for " + where + ": supported are " + SINGLE_TYPES;
    }

    // --- specs -----------------------------------------------------------------------------------

    static String noSpec(String annotation, String where) {
        return "no spec for " + annotation + " on " + where + ": name one with spec = \"...\", put"
                + " @RealisticSpec(\"...\") on the test class, or use a model class whose spec is found by"
                + " convention (UserModel -> user-model.spec.json)";
    }

    static String specNotFound(String annotation, String where, List<String> places, String conventionType) {
        return "spec not found for " + annotation + " on " + where + "; looked for " + String.join(", ", places)
                + (conventionType == null ? "" : " (names by convention from " + conventionType + ")");
    }

    static String invalidSpec(String annotation, String where, String location, String problem) {
        return "spec " + location + " for " + annotation + " on " + where + " does not load: " + problem;
    }

    static String cannotCompile(String annotation, String where, String location, String problem) {
        return "spec " + location + " for " + annotation + " on " + where + " cannot generate records: " + problem;
    }

    static String badOverride(String annotation, String where, List<String> overrides, String problem) {
        return "bad override for " + annotation + " on " + where + " " + overrides + ": " + problem;
    }

    static String cannotBuild(String annotation, String where, Type type, String location, String problem) {
        return annotation + " on " + where + " (spec " + location + ", type " + Names.of(type) + "): " + problem;
    }

    // --- seeds -----------------------------------------------------------------------------------

    /** The copy-paste line that says which seed a failed test used and how to replay it. */
    public static String replay(TestSeed seed) {
        String head = "Factoreally: " + seed.test() + " used seed " + seed.value();
        if (seed.origin() instanceof TestSeed.Pinned pinned) {
            return head + " (pinned by @Seed on " + pinned.where() + "); every run injects the same data";
        }
        RunSeed run = ((TestSeed.Derived) seed.origin()).run();
        return head + " (derived from " + (run.configured() ? "" : "random ") + "run seed " + run.value()
                + " and the test's unique id); replay this test with @Seed(" + seed.value() + "L) on "
                + seed.target() + ", or the whole run with -D" + RunSeed.PARAMETER + "=" + run.value();
    }
}
