package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.kit.units.ActivityUnits;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Two footprint versions side by side: {@code difference} is always b − a and {@code ratio} b / a. Breakdowns are
 * compared over the union of their keys (a key missing on one side counts as 0 there); {@code findings} say in plain
 * words why the two may not be comparable (ISO 14067 §6.3.1 and PACT: same declared unit, GWP set, factor
 * release, electricity method, boundary and standards, and the same product).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootprintComparison(Side a, Side b, BigDecimal difference, BigDecimal ratio, boolean comparable,
                                  List<Finding> findings, Map<String, Delta> byStage, Map<String, Delta> byGas,
                                  Map<String, Delta> byProcess, Map<String, Delta> byInput,
                                  Map<String, Delta> metrics) {
    private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);

    /** One compared version. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(UUID footprintId, int version, String status, String product, String declaredUnit,
                       String geography, BigDecimal kgCo2e, String gwpSet, String factorRelease,
                       String electricityMethod, String boundary, List<String> standards, String resultHash) {
    }

    /** A value on each side (null where one side has none) and b − a. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(BigDecimal a, BigDecimal b, BigDecimal difference) {
    }

    /** Why a comparison may mislead: a stable code and a sentence. */
    public record Finding(String code, String message) {
    }

    public static FootprintComparison of(FootprintView a, FootprintView b) {
        Side left = side(a);
        Side right = side(b);
        BigDecimal ratio = a.kgCo2e().signum() == 0 ? null : b.kgCo2e().divide(a.kgCo2e(), SHOWN);
        return new FootprintComparison(left, right, plain(b.kgCo2e().subtract(a.kgCo2e())), ratio == null ? null
                : plain(ratio), findings(left, right).isEmpty(), findings(left, right),
                deltas(a.breakdown().byStage(), b.breakdown().byStage()),
                deltas(a.breakdown().byGas(), b.breakdown().byGas()),
                deltas(a.breakdown().byProcess(), b.breakdown().byProcess()),
                deltas(a.breakdown().byInput(), b.breakdown().byInput()), metrics(a.metrics(), b.metrics()));
    }

    private static Side side(FootprintView view) {
        FootprintPublished.Methodology methodology = view.methodology();
        return new Side(view.footprintId(), view.version(), view.status(), view.product(), view.declaredUnit(),
                view.geography(), view.kgCo2e(), view.lineage().gwpSet(), view.lineage().factorRelease().key(),
                view.specification().electricityMethod(), methodology == null ? null : methodology.boundary(),
                methodology == null ? null : methodology.standards(), view.resultHash());
    }

    private static List<Finding> findings(Side a, Side b) {
        List<Finding> findings = new ArrayList<>();
        differs(findings, a.product(), b.product(), "PRODUCT_DIFFERS", "The two footprints are of different "
                + "products (%s and %s): compare like with like.");
        differs(findings, a.declaredUnit(), b.declaredUnit(), "DECLARED_UNIT_DIFFERS", "The declared units differ "
                + "(%s and %s): the totals are per different amounts of product.");
        differs(findings, a.gwpSet(), b.gwpSet(), "GWP_SET_DIFFERS", "Different GWP sets (%s and %s) weigh methane "
                + "and nitrous oxide differently; recompute one of them with the other's set.");
        differs(findings, a.factorRelease(), b.factorRelease(), "FACTOR_RELEASE_DIFFERS", "Computed with different "
                + "factor releases (%s and %s): part of the difference may come from changed emission factors.");
        differs(findings, a.electricityMethod(), b.electricityMethod(), "ELECTRICITY_METHOD_DIFFERS", "Electricity "
                + "is accounted differently (%s and %s); market-based and location-based results are not "
                + "comparable (GHG Protocol Scope 2 guidance).");
        differs(findings, a.boundary(), b.boundary(), "BOUNDARY_DIFFERS", "The system boundaries differ (%s and "
                + "%s).");
        differs(findings, a.standards(), b.standards(), "STANDARDS_DIFFER", "The footprints follow different "
                + "standards (%s and %s); ISO 14067 allows comparison only under the same rules.");
        return findings;
    }

    private static void differs(List<Finding> findings, Object a, Object b, String code, String message) {
        if (!Objects.equals(a, b)) {
            findings.add(new Finding(code, message.formatted(shown(a), shown(b))));
        }
    }

    private static String shown(Object value) {
        return value == null ? "none" : value instanceof List<?> list ? String.join(", ",
                list.stream().map(String::valueOf).toList()) : value.toString();
    }

    private static Map<String, Delta> deltas(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        Map<String, Delta> deltas = new LinkedHashMap<>();
        TreeSet<String> keys = new TreeSet<>(a == null ? Map.<String, BigDecimal>of().keySet() : a.keySet());
        if (b != null) {
            keys.addAll(b.keySet());
        }
        for (String key : keys) {
            BigDecimal left = a == null ? BigDecimal.ZERO : a.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal right = b == null ? BigDecimal.ZERO : b.getOrDefault(key, BigDecimal.ZERO);
            deltas.put(key, new Delta(left, right, plain(right.subtract(left))));
        }
        return deltas;
    }

    private static Map<String, Delta> metrics(FootprintPublished.Metrics a, FootprintPublished.Metrics b) {
        Map<String, Delta> metrics = new LinkedHashMap<>();
        metric(metrics, "fossil", a, b, FootprintPublished.Metrics::fossil);
        metric(metrics, "biogenic", a, b, FootprintPublished.Metrics::biogenic);
        metric(metrics, "primaryDataShare", a, b, FootprintPublished.Metrics::primaryDataShare);
        metric(metrics, "recycledContentShare", a, b, FootprintPublished.Metrics::recycledContentShare);
        metric(metrics, "renewableElectricityShare", a, b, FootprintPublished.Metrics::renewableElectricityShare);
        metric(metrics, "dataQualityOverall", a, b, m -> m.dataQuality() == null ? null
                : m.dataQuality().overall());
        metric(metrics, "uncertaintyLow95", a, b, m -> m.uncertainty() == null ? null : m.uncertainty().low95());
        metric(metrics, "uncertaintyHigh95", a, b, m -> m.uncertainty() == null ? null : m.uncertainty().high95());
        return metrics;
    }

    private static void metric(Map<String, Delta> metrics, String name, FootprintPublished.Metrics a,
                               FootprintPublished.Metrics b, Function<FootprintPublished.Metrics, BigDecimal> value) {
        BigDecimal left = a == null ? null : value.apply(a);
        BigDecimal right = b == null ? null : value.apply(b);
        if (left != null || right != null) {
            metrics.put(name, new Delta(left, right, left == null || right == null ? null
                    : plain(right.subtract(left))));
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        return ActivityUnits.plain(value);
    }
}
