package org.copperpcf.factor.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.copperpcf.factor.Factor;
import org.copperpcf.factor.model.FactorCategory;
import org.copperpcf.factor.model.FactorMethod;
import org.copperpcf.factor.model.Gas;
import org.copperpcf.factor.rest.EstimateRequest;
import org.copperpcf.factor.rest.EstimateResult;
import org.copperpcf.factor.rest.FactorView;
import org.copperpcf.kit.units.ActivityUnits;
import org.copperpcf.kit.units.UnitException;
import org.copperpcf.kit.problem.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Activity × factor → kg CO2e. The factor is given by key or selected: same category; the geography asked for, or
 * for a province without factors its regional grid and then its country; the requested year or else the newest
 * earlier one; for electricity the location-based average unless another method is asked for. The answer says how
 * the factor was reached. More than one candidate left is an error that lists them, never a silent pick.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class EstimateService {
    private final FactorQueryService factors;
    private final GwpCatalog gwp;
    private final GridRegions gridRegions;

    public EstimateService(FactorQueryService factors, GwpCatalog gwp, GridRegions gridRegions) {
        this.factors = factors;
        this.gwp = gwp;
        this.gridRegions = gridRegions;
    }

    public EstimateResult estimate(EstimateRequest request, boolean admin) {
        String set = gwp.resolve(request.gwpSet());
        String releaseName = request.release() == null || request.release().isBlank() ? "latest" : request.release();
        FactorQueryService.ReleaseRef release = factors.release(releaseName)
                .orElseThrow(() -> ProblemException.notFound("factor release", releaseName));
        String unit;
        try {
            unit = ActivityUnits.canonical(request.unit());
        } catch (UnitException e) {
            throw ProblemException.invalid("unit", e.getMessage());
        }
        FactorView factor;
        String selection;
        if (request.factorKey() != null && !request.factorKey().isBlank()) {
            factor = factors.get(release, request.factorKey(), set, admin)
                    .orElseThrow(() -> ProblemException.notFound("factor", request.factorKey()));
            selection = "factor " + factor.key() + " named in the request";
        } else if (request.selector() != null) {
            Selected selected = select(release, request.selector(), admin);
            factor = factors.get(release, selected.key(), set, admin).orElseThrow();
            selection = selected.reason();
        } else {
            throw ProblemException.invalid("factorKey", "give a factorKey or a selector");
        }
        BigDecimal converted;
        try {
            converted = ActivityUnits.convert(request.amount(), unit, factor.activityUnit());
        } catch (UnitException e) {
            throw ProblemException.invalid("unit", e.getMessage() + " (factor " + factor.key() + " is per "
                    + factor.activityUnit() + ")");
        }
        Map<String, BigDecimal> byGas = new TreeMap<>();
        if (factor.gases() != null) {
            factor.gases().forEach((gas, amount) -> byGas.put(gas, ActivityUnits.plain(converted.multiply(amount)
                    .multiply(gwp.sets().get(set).get(Gas.valueOf(gas.toUpperCase()))))));
        }
        BigDecimal total = ActivityUnits.plain(converted.multiply(factor.co2ePerUnit()));
        return new EstimateResult(total, set, byGas,
                new EstimateResult.Activity(request.amount(), unit, converted, factor.activityUnit()),
                factor, release.name(), selection);
    }

    private record Selected(String key, String reason) {
    }

    private Selected select(FactorQueryService.ReleaseRef release, EstimateRequest.Selector selector, boolean admin) {
        FactorMethod method = selector.method() != null ? selector.method()
                : selector.category() == FactorCategory.ELECTRICITY ? FactorMethod.LOCATION_AVERAGE : null;
        List<Factor> ofMethod = factors.candidates(release, selector.category(), admin).stream()
                .filter(f -> method == null || f.method == method)
                .filter(f -> selector.boundary() == null || f.boundary == selector.boundary())
                .toList();
        String described = selector.category().code() + (method == null ? "" : ", method " + method.code())
                + (selector.boundary() == null ? "" : ", boundary " + selector.boundary().code());
        Level level = level(ofMethod, selector);
        return byYear(level.factors(), selector.year(), described + ", " + level.description());
    }

    /** The factors of one geographic level, and how it was reached. */
    private record Level(List<Factor> factors, String description) {
    }

    /**
     * The most specific level that has factors: a grid region if asked for; else the geography itself, and for a
     * province without factors its regional grid, then its country. Each fallback is named in the answer.
     */
    private Level level(List<Factor> candidates, EstimateRequest.Selector selector) {
        if (selector.gridRegion() != null) {
            return new Level(inGrid(candidates, selector.gridRegion()), "grid region " + selector.gridRegion());
        }
        String geography = selector.geography();
        if (geography == null) {
            return new Level(candidates.stream().filter(f -> f.geography == null).toList(), "global");
        }
        List<Factor> exact = inGeography(candidates, geography);
        if (!exact.isEmpty() || !geography.contains("-")) {
            return new Level(exact, "geography " + geography);
        }
        Optional<String> region = gridRegions.regionOf(geography);
        if (region.isPresent()) {
            List<Factor> grid = inGrid(candidates, region.get());
            if (!grid.isEmpty()) {
                return new Level(grid, "grid region " + region.get() + " (no factor for " + geography
                        + "; it belongs to that grid)");
            }
        }
        String country = geography.substring(0, 2);
        return new Level(inGeography(candidates, country), "geography " + country + " (no factor for " + geography
                + (region.isPresent() ? " or " + region.get() : "") + ")");
    }

    private static List<Factor> inGeography(List<Factor> candidates, String geography) {
        return candidates.stream().filter(f -> geography.equals(f.geography) && f.gridRegion == null).toList();
    }

    private static List<Factor> inGrid(List<Factor> candidates, String gridRegion) {
        return candidates.stream().filter(f -> gridRegion.equals(f.gridRegion)).toList();
    }

    private static Selected byYear(List<Factor> candidates, Integer year, String described) {
        if (year != null) {
            List<Factor> exact = candidates.stream().filter(f -> year.equals(f.referenceYear)).toList();
            if (!exact.isEmpty()) {
                return single(exact, described + ", year " + year + " (exact)");
            }
            Integer newestEarlier = candidates.stream().map(f -> f.referenceYear)
                    .filter(y -> y != null && y < year).max(Comparator.naturalOrder()).orElse(null);
            if (newestEarlier != null) {
                return single(candidates.stream().filter(f -> newestEarlier.equals(f.referenceYear)).toList(),
                        described + ", year " + newestEarlier + " (newest before " + year + ")");
            }
            return single(candidates.stream().filter(f -> f.referenceYear == null).toList(), described);
        }
        return single(candidates, described);
    }

    private static Selected single(List<Factor> candidates, String described) {
        if (candidates.isEmpty()) {
            throw new ProblemException(404, "NO_MATCHING_FACTOR", "No matching factor", "no factor for " + described);
        }
        if (candidates.size() > 1) {
            throw ProblemException.invalid("selector", "several factors match " + described + ": "
                    + String.join(", ", candidates.stream().map(f -> f.key).toList()) + "; name one as factorKey");
        }
        return new Selected(candidates.get(0).key, "selected by " + described);
    }
}
