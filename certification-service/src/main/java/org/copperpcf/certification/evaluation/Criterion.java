package org.copperpcf.certification.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.copperpcf.kit.problem.Violation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One requirement of a criteria set: a metric of the footprint, compared with a threshold that carries its source
 * and status tag, or with a row of the energy-benchmark table ({@code benchmark}), which carries its own.
 *
 * @param criterion  the name within its set, e.g. {@code recycled-content}
 * @param metric     a {@link Metric} key
 * @param comparison {@code at-least} or {@code at-most}
 * @param threshold  the value, in the metric's unit; absent when {@code benchmark} is given
 * @param benchmark  the code of an {@code energy_benchmark} row whose value is the threshold
 * @param source     where the threshold comes from; absent when {@code benchmark} is given
 * @param status     the threshold's tag: V (read in the source), R (recalled), D (derived), P (our proposal)
 * @param rationale  why this threshold
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Criterion(String criterion, String metric, String comparison, BigDecimal threshold, String benchmark,
                        String source, String status, String rationale) {
    public static final String AT_LEAST = "at-least";
    public static final String AT_MOST = "at-most";
    public static final Set<String> STATUSES = Set.of("V", "R", "D", "P");

    /** Every problem of a list of criteria, each named by its field ({@code criteria[2].threshold}). */
    public static List<Violation> check(List<Criterion> criteria, Predicate<String> benchmarkExists) {
        List<Violation> violations = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            violations.add(new Violation("criteria", "must name at least one criterion"));
            return violations;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            String at = "criteria[" + i + "].";
            Criterion c = criteria.get(i);
            if (c == null) {
                violations.add(new Violation("criteria[" + i + "]", "must not be null"));
                continue;
            }
            if (blank(c.criterion())) {
                violations.add(new Violation(at + "criterion", "must not be blank"));
            } else if (!names.add(c.criterion())) {
                violations.add(new Violation(at + "criterion", "'" + c.criterion() + "' appears twice"));
            }
            Metric metric = c.metric() == null ? null : Metric.byKey(c.metric()).orElse(null);
            if (metric == null) {
                violations.add(new Violation(at + "metric", "must be one of " + Metric.keys()));
            }
            if (!AT_LEAST.equals(c.comparison()) && !AT_MOST.equals(c.comparison())) {
                violations.add(new Violation(at + "comparison", "must be at-least or at-most"));
            }
            if (c.benchmark() != null) {
                if (c.threshold() != null) {
                    violations.add(new Violation(at + "threshold", "give a threshold or a benchmark, not both"));
                }
                if (metric != null && metric != Metric.SMELTING_ENERGY_INTENSITY) {
                    violations.add(new Violation(at + "benchmark", "only smeltingEnergyIntensity compares with "
                            + "an energy benchmark"));
                } else if (!benchmarkExists.test(c.benchmark())) {
                    violations.add(new Violation(at + "benchmark", "no energy benchmark '" + c.benchmark() + "'"));
                }
            } else {
                if (c.threshold() == null) {
                    violations.add(new Violation(at + "threshold", "must be given (or a benchmark)"));
                } else if (metric != null && !metric.validThreshold(c.threshold())) {
                    violations.add(new Violation(at + "threshold", "out of range for " + metric.key() + " ("
                            + metric.unit() + ")"));
                }
                if (blank(c.source())) {
                    violations.add(new Violation(at + "source", "must say where the threshold comes from"));
                }
                if (c.status() == null || !STATUSES.contains(c.status())) {
                    violations.add(new Violation(at + "status", "must be V, R, D or P"));
                }
            }
        }
        return violations;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
