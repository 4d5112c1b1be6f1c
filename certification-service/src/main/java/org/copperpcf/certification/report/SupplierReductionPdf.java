package org.copperpcf.certification.report;

import java.time.Instant;
import java.util.List;

import org.copperpcf.certification.report.PdfLayout.Bar;
import org.copperpcf.certification.report.PdfLayout.Column;
import org.copperpcf.certification.report.SupplierReduction.YearIntensity;
import org.copperpcf.contracts.EventJson;

/** The report as PDF: what was asked, then per supplier and product a table of years and a chart of intensities. */
public final class SupplierReductionPdf {
    private SupplierReductionPdf() {
    }

    public static byte[] render(SupplierReductionReportView report, Instant generatedAt) {
        PdfLayout pdf = new PdfLayout("Supplier carbon-reduction report " + report.id(), generatedAt,
                List.of("report " + report.id(), "results " + EventJson.contentHash(report.suppliers())));
        pdf.title(report.title())
                .keyValue("Report", report.id().toString())
                .keyValue("Published by", report.owner() + " at " + report.createdAt())
                .keyValue("Base year", String.valueOf(report.baseYear()))
                .keyValue("Years", report.baseYear() + (report.reportYear() == null ? " to the latest with data"
                        : " to " + report.reportYear()))
                .keyValue("Product", report.product() == null ? "all products" : report.product())
                .keyValue("Suppliers", String.valueOf(report.supplierIds().size()))
                .paragraph("Intensity is the carbon footprint in kg CO2e per declared unit of the footprints whose "
                        + "producer is the supplier, by the year their reporting period starts, taking each "
                        + "footprint's version current when this report was published; several footprints in one year "
                        + "give their mean. Reduction = (base year - year) / base year x 100, so a positive figure is "
                        + "a cut. The figures were fixed at publication and do not change with later versions.");
        for (SupplierReduction s : report.suppliers()) {
            pdf.heading("Supplier " + s.supplierId());
            if (s.product() == null) {
                pdf.paragraph(s.note());
                continue;
            }
            String unit = "kg CO2e per " + s.declaredUnit();
            pdf.subheading(s.product() + " (" + unit + ")");
            if (s.note() != null) {
                pdf.paragraph(s.note());
            }
            if (s.years().isEmpty()) {
                continue;
            }
            pdf.table(List.of(new Column("year", 1, false), new Column("intensity", 2, true),
                            new Column("footprints", 1, true), new Column("reduction", 1.5f, true),
                            new Column("note", 3, false)),
                    s.years().stream().map(y -> List.of(String.valueOf(y.year()),
                            y.kgCo2ePerDeclaredUnit().toPlainString(), String.valueOf(y.footprints()),
                            y.reductionPercent() == null ? "-" : y.reductionPercent().toPlainString() + " %",
                            y.note() == null ? "" : y.note())).toList());
            pdf.barChart("Intensity by year (" + unit + "; reduction against " + report.baseYear() + ")",
                    s.years().stream().map(y -> new Bar(String.valueOf(y.year()), y.kgCo2ePerDeclaredUnit(),
                            annotation(y))).toList(), "");
        }
        return pdf.finish();
    }

    private static String annotation(YearIntensity y) {
        return y.reductionPercent() == null ? "(no base)" : "(" + y.reductionPercent().toPlainString() + " %)";
    }
}
