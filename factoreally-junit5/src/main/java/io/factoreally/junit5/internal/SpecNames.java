package io.factoreally.junit5.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Spec names by convention from a model type: {@code UserModel} -> {@code user-model.spec.json},
 * {@code user_model.spec.json}, {@code usermodel.spec.json}, {@code UserModel.spec.json}, tried in
 * that order ({@code User} -> {@code user.spec.json}, {@code User.spec.json}).
 */
final class SpecNames {
    static final String SUFFIX = ".spec.json";

    private SpecNames() {
    }

    static List<String> byConvention(Class<?> type) {
        String simple = type.getSimpleName();
        List<String> words = new ArrayList<>();
        for (String word : simple.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        names.add(String.join("-", words) + SUFFIX);
        names.add(String.join("_", words) + SUFFIX);
        names.add(String.join("", words) + SUFFIX);
        names.add(simple + SUFFIX);
        return List.copyOf(names);
    }
}
