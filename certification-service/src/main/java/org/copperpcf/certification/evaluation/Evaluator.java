package org.copperpcf.certification.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.EnergyIntensity;

/**
 * Judges a published footprint version against a criteria set: one result per criterion, passed, failed or not
 * evaluable (the footprint lacks the metric, or states it on a basis or unit the threshold does not use), each with
 * its evidence. Pure: no database, no clock.
 */
public final class Evaluator {
    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    /** Nothing failed, but at least one criterion could not be judged. */
    public static final String INCOMPLETE = "incomplete";

    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private final Function<String, Optional<Benchmark>> benchmarks;

    public Evaluator(Function<String, Optional<Benchmark>> benchmarks) {
        this.benchmarks = benchmarks;
    }

    public record Outcome(String overall, List<CriterionResult> results) {
    }

    public Outcome evaluate(FootprintPublished footprint, List<Criterion> criteria) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : criteria) {
            results.add(judge(footprint, criterion));
        }
        String overall = results.stream().anyMatch(r -> CriterionResult.FAILED.equals(r.outcome())) ? FAIL
                : results.stream().anyMatch(r -> CriterionResult.NOT_EVALUABLE.equals(r.outcome())) ? INCOMPLETE
                : PASS;
        return new Outcome(overall, results);
    }

    private CriterionResult judge(FootprintPublished footprint, Criterion criterion) {
        Metric metric = Metric.byKey(criterion.metric())
                .orElseThrow(() -> new IllegalArgumentException("unknown metric " + criterion.metric()));
        BigDecimal required = criterion.threshold();
        String source = criterion.source();
        String status = criterion.status();
        Benchmark benchmark = null;
        if (criterion.benchmark() != null) {
            benchmark = benchmarks.apply(criterion.benchmark()).orElseThrow(() -> new IllegalStateException(
                    "criterion " + criterion.criterion() + " names an unknown benchmark " + criterion.benchmark()));
            required = benchmark.valueKgcePerT();
            source = benchmark.standard() + " " + benchmark.version() + ", " + benchmark.route() + ", "
                    + benchmark.level() + ": " + benchmark.source();
            status = benchmark.status();
        }
        FootprintPublished.Metrics metrics = footprint.metrics();
        EnergyIntensity energy = metrics == null ? null : metrics.energyIntensity();
        CriterionResult.Evidence evidence = new CriterionResult.Evidence(footprint.footprintId(),
                footprint.versionId(), footprint.version(), metric.field(), footprint.resultHash(),
                metric == Metric.KG_CO2E_PER_KG ? footprint.declaredUnit() : null,
                metric == Metric.SMELTING_ENERGY_INTENSITY && energy != null ? energy.electricityBasis() : null,
                source, status, benchmark == null ? null : benchmark.code(),
                benchmark == null ? null : benchmark.electricityBasis());

        BigDecimal actual;
        String notEvaluable = null;
        switch (metric) {
            case KG_CO2E_PER_KG -> {
                Optional<BigDecimal> kg = declaredKilograms(footprint.declaredUnit());
                actual = kg.isPresent() && footprint.kgCo2e() != null
                        ? footprint.kgCo2e().divide(kg.get(), MathContext.DECIMAL64).stripTrailingZeros() : null;
                if (actual == null) {
                    notEvaluable = "declared unit '" + footprint.declaredUnit() + "' is not a mass in kg or t";
                }
            }
            case RECYCLED_CONTENT_SHARE -> actual = metrics == null ? null : metrics.recycledContentShare();
            case RENEWABLE_ELECTRICITY_SHARE -> actual = metrics == null ? null : metrics.renewableElectricityShare();
            case PRIMARY_DATA_SHARE -> actual = metrics == null ? null : metrics.primaryDataShare();
            case DATA_QUALITY_OVERALL -> actual = metrics == null || metrics.dataQuality() == null ? null
                    : metrics.dataQuality().overall();
            case SMELTING_ENERGY_INTENSITY -> {
                actual = energy == null ? null : energy.smeltingKgcePerTonne();
                if (actual == null) {
                    notEvaluable = "no energy data: footprint version " + footprint.version()
                            + " carries no metrics.energyIntensity";
                } else if (benchmark != null && !benchmark.electricityBasis().equals(energy.electricityBasis())) {
                    notEvaluable = "the footprint counts electricity on the " + energy.electricityBasis()
                            + " basis, benchmark " + benchmark.code() + " on the " + benchmark.electricityBasis()
                            + " basis";
                } else if (benchmark != null && energy.route() != null && !benchmark.route().equals(energy.route())) {
                    notEvaluable = "the footprint's energy covers the route " + energy.route() + ", benchmark "
                            + benchmark.code() + " the route " + benchmark.route();
                }
            }
            default -> throw new IllegalStateException("metric " + metric);
        }
        if (actual == null && notEvaluable == null) {
            notEvaluable = "no data: footprint version " + footprint.version() + " carries no " + metric.field();
        }
        if (notEvaluable != null) {
            return new CriterionResult(criterion.criterion(), metric.key(), criterion.comparison(), required, actual,
                    metric.unit(), CriterionResult.NOT_EVALUABLE, null, notEvaluable, evidence);
        }
        int compared = actual.compareTo(required);
        boolean passed = Criterion.AT_LEAST.equals(criterion.comparison()) ? compared >= 0 : compared <= 0;
        return new CriterionResult(criterion.criterion(), metric.key(), criterion.comparison(), required, actual,
                metric.unit(), passed ? CriterionResult.PASSED : CriterionResult.FAILED, passed, null, evidence);
    }

    /** "1 kg" → 1, "1000 kg" → 1000, "1 t" → 1000; anything else is not a mass we convert. */
    static Optional<BigDecimal> declaredKilograms(String declaredUnit) {
        if (declaredUnit == null) {
            return Optional.empty();
        }
        String[] parts = declaredUnit.trim().split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(parts[0]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (amount.signum() <= 0) {
            return Optional.empty();
        }
        return switch (parts[1]) {
            case "kg" -> Optional.of(amount);
            case "t" -> Optional.of(amount.multiply(KG_PER_TONNE));
            default -> Optional.empty();
        };
    }
}
