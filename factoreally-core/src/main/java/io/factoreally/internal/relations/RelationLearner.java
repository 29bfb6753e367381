package io.factoreally.internal.relations;

import io.factoreally.FactorySpec;
import io.factoreally.internal.analysis.NumberFit;
import io.factoreally.internal.analysis.TaskResult;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns the relations between the fields of one object level (the records' top-level fields, or the
 * members of one nested object) from a {@link RecordSample} once the fields' own
 * hints are chosen, and adds them to the spec as its {@code relations} section.
 */
public final class RelationLearner {
    private RelationLearner() {
    }

    /**
     * The relations of a sample, given the spec's fields and the privacy rule's k: among the records'
     * top-level fields, then among the members of each nested object (over the records that have it),
     * then among the members of the objects inside each array (over its elements).
     */
    public static List<Relation> learn(RecordSample sample, Map<String, List<Hint>> fields, int k, NumberFit fitter) {
        return learn(sample, fields, k, fitter, 1);
    }

    /**
     * As {@link #learn(RecordSample, Map, int, NumberFit)}, on up to {@code threads} threads: each
     * object level is learned on its own (a function of its rows alone), and the relations are listed
     * in the same order whatever the threads.
     */
    static List<Relation> learn(RecordSample sample, Map<String, List<Hint>> fields, int k, NumberFit fitter,
                                int threads) {
        List<String> names = sample.names();
        List<Object[]> rows = sample.rows();
        List<java.util.concurrent.FutureTask<List<Relation>>> tasks = new ArrayList<>();
        levels(names, rows, "", fields, k, fitter, tasks);
        Set<String> arrays = new HashSet<>();
        for (ElementSample.Level level : sample.elementLevels()) {
            arrays.add(level.array());
            levels(level.names(), level.rows(), level.array(), fields, k, fitter, tasks);
        }
        for (MapValueRows.Level level : MapValueRows.of(names, rows, fields, arrays)) {
            levels(level.names(), level.rows(), level.path(), fields, k, fitter, tasks);
        }
        java.util.concurrent.ExecutorService helpers = threads > 1 && tasks.size() > 1
                ? java.util.concurrent.Executors.newFixedThreadPool(Math.min(threads, tasks.size()) - 1, r -> {
                    Thread t = new Thread(r, "factoreally-relations");
                    t.setDaemon(true);
                    return t;
                }) : null;
        try {
            if (helpers != null) {
                tasks.forEach(helpers::execute); // helpers from the first, this thread from the last
            }
            for (int i = tasks.size() - 1; i >= 0; i--) {
                tasks.get(i).run(); // does nothing when a helper has started it
            }
            List<Relation> out = new ArrayList<>();
            for (java.util.concurrent.FutureTask<List<Relation>> t : tasks) {
                out.addAll(TaskResult.of(t));
            }
            return out;
        } finally {
            if (helpers != null) {
                helpers.shutdownNow();
            }
        }
    }

    /**
     * Adds to {@code tasks} the learning of the relations among rows of objects at {@code root}
     * ({@code ""}: the records) and of each kind of object nested in them, a task per object level.
     */
    private static void levels(List<String> names, List<Object[]> rows, String root, Map<String, List<Hint>> fields,
                               int k, NumberFit fitter, List<java.util.concurrent.FutureTask<List<Relation>>> tasks) {
        if (rows.size() < Columns.MIN_NUMBERS) {
            return;
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, List<Integer>> levels = new LinkedHashMap<>(); // level -> its members' columns
        levels.put(root, new ArrayList<>());
        for (int c = 0; c < names.size(); c++) {
            index.put(names.get(c), c);
            levels.computeIfAbsent(FieldPath.parent(names.get(c)), l -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<Integer>> e : levels.entrySet()) {
            String level = e.getKey();
            Integer col = level.equals(root) ? null : index.get(level);
            if (!level.equals(root) && col == null) {
                continue;
            }
            tasks.add(new java.util.concurrent.FutureTask<>(() -> {
                List<Object[]> present = rows;
                if (col != null) {
                    present = new ArrayList<>();
                    for (Object[] row : rows) {
                        if (row[col] == RecordSample.CONTAINER) {
                            present.add(row);
                        }
                    }
                }
                if (present.size() < Columns.MIN_NUMBERS) {
                    return List.of();
                }
                List<Columns.Column> columns = Columns.of(names, present, fields, e.getValue());
                return columns.size() >= 2 ? learnLevel(names, present, columns, Math.max(1, k), fitter) : List.of();
            }));
        }
    }

    private static List<Relation> learnLevel(List<String> names, List<Object[]> rows, List<Columns.Column> columns,
                                             int k, NumberFit fitter) {
        List<Relation> out = new ArrayList<>();
        List<Relation.CoPresence> presence = PresenceLearner.learn(names, rows, columns, k);
        out.addAll(presence);
        Set<String> copresent = new HashSet<>();
        presence.forEach(p -> copresent.addAll(p.fields()));
        List<Relation> numeric = NumericLearner.learn(columns, k, fitter, copresent);
        List<List<String>> numberParents = parentSets(numeric);
        List<Relation.Tuples> tuples = TupleLearner.learn(columns, redrawn(numeric), k);
        out.addAll(tuples);
        columns = TupleLearner.parentsOnly(columns, tuples);
        Set<String> tied = new HashSet<>();
        tuples.forEach(t -> tied.addAll(t.fields()));
        List<Relation.Categorical> categorical = CategoricalLearner.link(columns, CategoricalLearner.learn(columns, k),
                numberParents, k).stream().filter(c -> !tied.contains(c.child())).toList();
        out.addAll(categorical);
        List<Relation.Joint> joint = JointLearner.learn(columns, categorical, k, numberParents);
        out.addAll(joint);
        // nulls are decided after the tables: not for their fields, nor for categories numbers follow
        Set<String> drawn = new HashSet<>(tied);
        categorical.forEach(c -> drawn.addAll(c.fields()));
        joint.forEach(j -> drawn.addAll(j.fields()));
        numberParents.forEach(drawn::addAll);
        out.addAll(NullLearner.learn(names, rows, columns, k, drawn));
        out.addAll(numeric);
        return out;
    }

    /** The numbers numeric relations draw. */
    private static Set<String> redrawn(List<Relation> numeric) {
        Set<String> out = new HashSet<>();
        for (Relation r : numeric) {
            if (r instanceof Relation.Copula c) {
                out.addAll(c.fields());
            } else if (r instanceof Relation.NumericByCategory b) {
                out.add(b.child());
            } else if (r instanceof Relation.Shifts sh) {
                out.add(sh.child());
            }
        }
        return out;
    }

    /** Per number, the categories it follows (its numeric-by-category parent and its shifts' parents). */
    private static List<List<String>> parentSets(List<Relation> numeric) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Relation r : numeric) {
            if (r instanceof Relation.NumericByCategory b) {
                sets.computeIfAbsent(b.child(), c -> new ArrayList<>()).add(b.parent());
            } else if (r instanceof Relation.Shifts sh) {
                sh.shifts().forEach(x -> sets.computeIfAbsent(sh.child(), c -> new ArrayList<>()).add(x.parent()));
            }
        }
        return List.copyOf(sets.values());
    }

    /** The spec with the sample's relations added (the spec itself when there are none or sampling was off). */
    public static FactorySpec attach(FactorySpec spec, RecordSample sample, int k, NumberFit fitter) {
        return attach(spec, sample, k, fitter, 1);
    }

    /** As {@link #attach(FactorySpec, RecordSample, int, NumberFit)}, learning on up to {@code threads} threads. */
    public static FactorySpec attach(FactorySpec spec, RecordSample sample, int k, NumberFit fitter, int threads) {
        if (!sample.enabled()) {
            return spec;
        }
        List<Relation> relations = learn(sample, spec.fields(), k, fitter, threads);
        if (relations.isEmpty()) {
            return spec;
        }
        relations = CopulaCalibration.calibrated(relations, sample, spec);
        Map<String, com.fasterxml.jackson.databind.JsonNode> ext = new LinkedHashMap<>(spec.extensions());
        ext.put(RelationsCodec.SECTION, RelationsCodec.write(relations));
        return FactorySpec.of(spec.metadata(), spec.fields(), ext);
    }
}
