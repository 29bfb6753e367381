package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A compiled {@link Relation.Shifts}: the normal-score shift a record's categories give a number, and
 * the map between that score and the number's quantile. Immutable.
 */
record Shifted(String[] parents, List<Map<String, Double>> by, double[] other, double scale, double[] cdf,
               String[] within, List<Map<String, Map<String, Double>>> byWithin) {

    static Shifted of(Relation.Shifts s, UnaryOperator<String> name) {
        int m = s.shifts().size();
        String[] parents = new String[m];
        List<Map<String, Double>> by = new java.util.ArrayList<>();
        double[] other = new double[m];
        String[] within = new String[m];
        List<Map<String, Map<String, Double>>> byWithin = new java.util.ArrayList<>();
        for (int p = 0; p < m; p++) {
            Relation.Shift x = s.shifts().get(p);
            parents[p] = name.apply(x.parent());
            Map<String, Map<String, Double>> cells = new HashMap<>();
            if (x.within() != null) {
                within[p] = name.apply(x.within().parent());
                for (Relation.WithinCase c : x.within().cases()) {
                    Map<String, Double> values = cells.computeIfAbsent(ValueKey.of(c.when()), k -> new HashMap<>());
                    for (int i = 0; i < c.values().size(); i++) {
                        values.put(ValueKey.of(c.values().get(i)), c.by().get(i));
                    }
                }
            }
            byWithin.add(cells);
            Map<String, Double> values = new HashMap<>();
            for (int i = 0; i < x.when().size(); i++) {
                JsonNode w = x.when().get(i);
                values.put(ValueKey.of(w), x.by().get(i));
            }
            by.add(Map.copyOf(values));
            other[p] = x.other();
        }
        return new Shifted(parents, List.copyOf(by), other, s.scale(),
                s.cdf().stream().mapToDouble(Double::doubleValue).toArray(), within, List.copyOf(byWithin));
    }

    /** The sum of the shifts of the record's parent values. */
    double mean(Map<String, Object> record) {
        double m = 0;
        for (int p = 0; p < parents.length; p++) {
            String key = ValueKey.of(record.get(parents[p]));
            Double v = null;
            if (key != null && within[p] != null) {
                Map<String, Double> cell = byWithin.get(p).get(ValueKey.of(record.get(within[p])));
                v = cell == null ? null : cell.get(key);
            }
            if (v == null && key != null) {
                v = by.get(p).get(key);
            }
            m += v != null ? v : other[p];
        }
        return m;
    }

    /** The quantile of a score: the stored distribution, linear between its grid points. */
    double quantile(double z) {
        double t = (z - Relation.Shifts.CDF_MIN) / Relation.Shifts.CDF_STEP;
        double u;
        if (t <= 0) {
            u = cdf[0];
        } else if (t >= cdf.length - 1) {
            u = cdf[cdf.length - 1];
        } else {
            int i = (int) t;
            u = cdf[i] + (t - i) * (cdf[i + 1] - cdf[i]);
        }
        return Math.min(Math.max(u, 1e-9), 1 - 1e-9);
    }

    /** The score of a quantile (the inverse of {@link #quantile}). */
    double score(double q) {
        int lo = 0;
        int hi = cdf.length - 1;
        if (q <= cdf[lo]) {
            return Relation.Shifts.CDF_MIN;
        }
        if (q >= cdf[hi]) {
            return Relation.Shifts.CDF_MIN + hi * Relation.Shifts.CDF_STEP;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = cdf[hi] - cdf[lo];
        double t = span > 0 ? (q - cdf[lo]) / span : 0.5;
        return Relation.Shifts.CDF_MIN + (lo + t) * Relation.Shifts.CDF_STEP;
    }
}
