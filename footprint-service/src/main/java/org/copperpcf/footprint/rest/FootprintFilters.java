package org.copperpcf.footprint.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.footprint.service.FootprintQueryService;
import org.copperpcf.footprint.service.FootprintQueryService.StatusFilter;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.kit.rest.Cursors;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/**
 * The filters of the footprint list and its CSV export; they combine with AND. Parsed here rather than bound to
 * types, so that every bad value is named in one 400.
 */
public class FootprintFilters {
    @QueryParam("product")
    @Parameter(description = "Product code, exact: copper.cathode, copper.rod, copper.tube", example = "copper.rod")
    public String product;

    @QueryParam("template")
    @Parameter(description = "Template key, exact", example = "rod.cast-and-roll.cn")
    public String template;

    @QueryParam("supplier")
    @Parameter(description = "A supplier id: footprints it produces or whose data they use at any tier")
    public String supplier;

    @QueryParam("geography")
    @Parameter(description = "Exact: a province such as CN-JX, or CN for national averages", example = "CN-JX")
    public String geography;

    @QueryParam("validOn")
    @Parameter(description = "A day (YYYY-MM-DD) within the reporting period [start, end); footprints without a "
            + "reporting period do not match", example = "2025-06-30")
    public String validOn;

    @QueryParam("periodFrom")
    @Parameter(description = "Reporting periods ending after this day (overlap with [periodFrom, periodTo))",
            example = "2025-01-01")
    public String periodFrom;

    @QueryParam("periodTo")
    @Parameter(description = "Reporting periods starting before this day", example = "2026-01-01")
    public String periodTo;

    @QueryParam("status")
    @Parameter(description = "current (default): the current version of each footprint; deprecated: the versions "
            + "replaced by a successor; all: every version", example = "current")
    public String status;

    @QueryParam("electricityMethod")
    @Parameter(description = "location_based or market_based", example = "market_based")
    public String electricityMethod;

    @QueryParam("cursor")
    @Parameter(description = "From the Link rel=next header of the previous page")
    public String cursor;

    /** The criteria, or a 400 naming every bad filter. */
    FootprintQueryService.Criteria criteria() {
        List<Violation> violations = new ArrayList<>();
        UUID supplierId = null;
        if (supplier != null) {
            try {
                supplierId = UUID.fromString(supplier);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("supplier", "not a supplier id (UUID): '" + supplier + "'"));
            }
        }
        LocalDate on = date("validOn", validOn, violations);
        LocalDate from = date("periodFrom", periodFrom, violations);
        LocalDate to = date("periodTo", periodTo, violations);
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new Violation("periodTo", "must be after periodFrom (end exclusive)"));
        }
        StatusFilter wanted = null;
        if (status != null) {
            try {
                wanted = StatusFilter.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("status", "allowed: current, deprecated, all"));
            }
        }
        if (electricityMethod != null && !FootprintSpecification.LOCATION_BASED.equals(electricityMethod)
                && !FootprintSpecification.MARKET_BASED.equals(electricityMethod)) {
            violations.add(new Violation("electricityMethod", "allowed: location_based, market_based"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new FootprintQueryService.Criteria(product, template, supplierId, geography, on, from, to,
                wanted == null ? StatusFilter.CURRENT : wanted, electricityMethod);
    }

    /** Where the previous page ended: {@code calculatedAt|versionId}. */
    FootprintQueryService.Position position() {
        String position = Cursors.decode(cursor);
        if (position == null) {
            return null;
        }
        int bar = position.indexOf('|');
        try {
            return new FootprintQueryService.Position(Instant.parse(position.substring(0, bar)),
                    UUID.fromString(position.substring(bar + 1)));
        } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw Cursors.invalid();
        }
    }

    static String next(FootprintQueryService.Page page) {
        if (!page.more()) {
            return null;
        }
        var last = page.rows().getLast().version();
        return last.calculatedAt + "|" + last.id;
    }

    static void limit(String field, int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ProblemException.invalid(field, "must be between 1 and " + max);
        }
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "not a date (YYYY-MM-DD): '" + value + "'"));
            return null;
        }
    }
}
