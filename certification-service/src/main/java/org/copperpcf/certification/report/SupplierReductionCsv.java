package org.copperpcf.certification.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.copperpcf.certification.report.SupplierReduction.YearIntensity;

/**
 * The report as RFC 4180 CSV: a header row, then one row per supplier, product and year; a supplier without a year
 * gets one row with its note, so every requested supplier appears.
 */
public final class SupplierReductionCsv {
    static final String[] HEADER = {"supplierId", "product", "declaredUnit", "year", "kgCo2ePerDeclaredUnit",
        "footprints", "baseYear", "baseYearKgCo2ePerDeclaredUnit", "reductionPercent", "note"};

    private SupplierReductionCsv() {
    }

    public static String write(SupplierReductionReportView report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (SupplierReduction s : report.suppliers()) {
                if (s.years().isEmpty()) {
                    csv.printRecord(s.supplierId(), s.product(), s.declaredUnit(), null, null, null,
                            report.baseYear(), plain(s.baseYearKgCo2e()), null, s.note());
                }
                for (YearIntensity y : s.years()) {
                    csv.printRecord(s.supplierId(), s.product(), s.declaredUnit(), y.year(),
                            plain(y.kgCo2ePerDeclaredUnit()), y.footprints(), report.baseYear(),
                            plain(s.baseYearKgCo2e()), plain(y.reductionPercent()), y.note());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
