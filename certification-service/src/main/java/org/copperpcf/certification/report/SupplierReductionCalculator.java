package org.copperpcf.certification.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.copperpcf.certification.report.SupplierReduction.Source;
import org.copperpcf.certification.report.SupplierReduction.YearIntensity;
import org.copperpcf.contracts.footprint.FootprintPublished;

/**
 * Intensity by year and reduction against a base year, per supplier and product, from the current version of each
 * footprint. A footprint counts for a supplier when the supplier is its producer ({@code specification.producer}),
 * and for the year in which its reporting period starts; footprints without a reporting period have no year and are
 * left out (the note counts them). Declared units are never mixed: each (product, declared unit) is its own series.
 */
public final class SupplierReductionCalculator {
    static final int MEAN_SCALE = 6;
    static final int PERCENT_SCALE = 2;
    static final String NO_BASE_YEAR_DATA = "no base-year data";

    private SupplierReductionCalculator() {
    }

    /** {@code current}: the current version of every footprint that may belong to the requested suppliers. */
    public static List<SupplierReduction> compute(NewSupplierReductionReport request,
                                                  List<FootprintPublished> current) {
        List<SupplierReduction> out = new ArrayList<>();
        for (UUID supplier : new LinkedHashSet<>(request.supplierIds())) {
            List<FootprintPublished> own = current.stream()
                    .filter(f -> f.specification() != null && f.specification().producer() != null
                            && supplier.equals(f.specification().producer().supplierId()))
                    .filter(f -> request.product() == null || request.product().equals(f.product()))
                    .toList();
            long undated = own.stream().filter(f -> f.specification().reportingPeriod() == null).count();
            String undatedNote = undated == 0 ? null
                    : undated + " footprint(s) without a reporting period left out";
            Map<List<String>, List<FootprintPublished>> series = new TreeMap<>(
                    Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
            own.stream().filter(f -> f.specification().reportingPeriod() != null).forEach(f -> series
                    .computeIfAbsent(List.of(f.product(), f.declaredUnit()), k -> new ArrayList<>()).add(f));
            if (series.isEmpty()) {
                String why = "no footprints with this supplier as producer"
                        + (request.product() == null ? "" : " for " + request.product());
                out.add(new SupplierReduction(supplier, null, null, null, List.of(),
                        undatedNote == null ? why : why + "; " + undatedNote));
                continue;
            }
            series.forEach((key, footprints) -> out.add(series(request, supplier, key.get(0), key.get(1), footprints,
                    undatedNote)));
        }
        return out;
    }

    private static SupplierReduction series(NewSupplierReductionReport request, UUID supplier, String product,
                                            String declaredUnit, List<FootprintPublished> footprints,
                                            String undatedNote) {
        TreeMap<Integer, List<FootprintPublished>> byYear = new TreeMap<>();
        for (FootprintPublished f : footprints) {
            int year = f.specification().reportingPeriod().start().getYear();
            if (year >= request.baseYear() && (request.reportYear() == null || year <= request.reportYear())) {
                byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(f);
            }
        }
        BigDecimal base = byYear.containsKey(request.baseYear()) ? mean(byYear.get(request.baseYear())) : null;
        List<YearIntensity> years = new ArrayList<>();
        byYear.forEach((year, inYear) -> {
            BigDecimal intensity = mean(inYear);
            BigDecimal reduction = null;
            String note = null;
            if (base == null) {
                note = NO_BASE_YEAR_DATA;
            } else if (base.signum() == 0) {
                note = "base-year intensity is zero";
            } else {
                reduction = base.subtract(intensity).multiply(BigDecimal.valueOf(100))
                        .divide(base, PERCENT_SCALE, RoundingMode.HALF_EVEN);
                note = year.equals(request.baseYear()) ? "base year" : null;
            }
            List<Source> sources = inYear.stream()
                    .sorted(Comparator.comparing(FootprintPublished::footprintId))
                    .map(f -> new Source(f.footprintId(), f.version(), f.versionId(), f.kgCo2e(), f.resultHash()))
                    .toList();
            years.add(new YearIntensity(year, intensity, inYear.size(), reduction,
                    inYear.size() > 1 ? join(note, "mean of " + inYear.size() + " footprints") : note, sources));
        });
        String note = years.isEmpty() ? "no footprints from " + request.baseYear()
                + (request.reportYear() == null ? " on" : " to " + request.reportYear()) : null;
        return new SupplierReduction(supplier, product, declaredUnit, base, years, join(note, undatedNote));
    }

    private static BigDecimal mean(List<FootprintPublished> footprints) {
        BigDecimal sum = footprints.stream().map(FootprintPublished::kgCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(footprints.size()), MEAN_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }
}
