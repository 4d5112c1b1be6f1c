package org.copperpcf.certification.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;

/** A stored supplier reduction report: who published it, what was asked, and the results as computed then. */
public record SupplierReductionReportView(UUID id, String title, String owner, int baseYear, Integer reportYear,
                                          String product, List<UUID> supplierIds, Instant createdAt,
                                          List<SupplierReduction> suppliers) {

    public static SupplierReductionReportView of(SupplierReductionReport report) {
        NewSupplierReductionReport request = EventJson.fromJson(report.request, NewSupplierReductionReport.class);
        return new SupplierReductionReportView(report.id, report.title, report.owner, request.baseYear(),
                request.reportYear(), request.product(), request.supplierIds(), report.createdAt,
                Arrays.asList(EventJson.fromJson(report.results, SupplierReduction[].class)));
    }
}
