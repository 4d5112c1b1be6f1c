package org.copperpcf.certification.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.copperpcf.certification.report.PdfLayout.Bar;
import org.copperpcf.certification.report.PdfLayout.Column;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.DataQuality;
import org.copperpcf.contracts.footprint.FootprintPublished.InputRef;
import org.copperpcf.contracts.footprint.FootprintPublished.Lineage;
import org.copperpcf.contracts.footprint.FootprintPublished.Methodology;
import org.copperpcf.contracts.footprint.FootprintPublished.Metrics;
import org.copperpcf.contracts.footprint.FootprintSpecification;

/**
 * The carbon-footprint study report of one published footprint version, with the reporting elements GB/T 24067-2024
 * and ISO 14067:2018 (§7.3) ask for. Every element is filled from the FootprintPublished content or marked "Not
 * reported" with the reason, so a reader sees a gap instead of a silently missing section.
 */
public final class StudyReportPdf {
    static final String NOT_REPORTED = "Not reported: ";

    private StudyReportPdf() {
    }

    public static byte[] render(FootprintPublished f, Instant generatedAt) {
        String unit = "kg CO2e per " + f.declaredUnit();
        PdfLayout pdf = new PdfLayout("Carbon footprint study report " + f.footprintId() + " v" + f.version(),
                generatedAt, List.of("resultHash " + f.resultHash(), "inputsHash " + f.inputsHash()));
        pdf.title("Carbon footprint study report: " + f.product())
                .paragraph("Partial carbon footprint of a product (CFP) per declared unit, reported along the "
                        + "elements of GB/T 24067-2024 and ISO 14067:2018 clause 7.3. Made from the published "
                        + "footprint version as certification-service holds it; an element the calculation did not "
                        + "record is marked \"Not reported\" with the reason.");

        pdf.heading("1. Identification")
                .keyValue("Footprint id", f.footprintId().toString())
                .keyValue("Version", f.version() + " (version id " + f.versionId() + ")")
                .keyValue("Replaces", f.predecessorId() == null ? "none: first version"
                        : "version id " + f.predecessorId())
                .keyValue("Product", f.product())
                .keyValue("Geography", orNotReported(f.geography(), "the footprint names no geography"))
                .keyValue("Calculated at", String.valueOf(f.calculatedAt()))
                .keyValue("Reason", orNotReported(f.reason(), "no reason was recorded"))
                .keyValue("Result hash", f.resultHash())
                .keyValue("Inputs hash", orNotReported(f.inputsHash(), "no inputs hash was recorded"));

        Metrics metrics = f.metrics();
        pdf.heading("2. Result")
                .keyValue("Carbon footprint", f.kgCo2e().toPlainString() + " " + unit
                        + " (excluding biogenic uptake)")
                .keyValue("Fossil GHG emissions", metrics == null || metrics.fossil() == null
                        ? NOT_REPORTED + "the calculation split no fossil share" : metrics.fossil().toPlainString()
                        + " " + unit)
                .keyValue("Biogenic emissions", metrics == null || metrics.biogenic() == null
                        ? NOT_REPORTED + "the calculation split no biogenic share"
                        : metrics.biogenic().toPlainString() + " " + unit)
                .keyValue("Offsets", "Excluded: ISO 14067 and GB/T 24067 keep offsetting out of the CFP");

        Methodology method = f.methodology();
        FootprintSpecification spec = f.specification();
        Map<String, BigDecimal> byStage = f.breakdown() == null || f.breakdown().byStage() == null ? Map.of()
                : f.breakdown().byStage();
        pdf.heading("3. Goal and scope")
                .keyValue("Declared unit", f.declaredUnit() + " of " + f.product() + " at the factory gate")
                .keyValue("System boundary", method == null || method.boundary() == null
                        ? NOT_REPORTED + "the calculation recorded no boundary" : method.boundary()
                        + (byStage.isEmpty() ? "" : "; stages included: " + String.join(", ", sorted(byStage))))
                .keyValue("Standards", method == null || method.standards() == null || method.standards().isEmpty()
                        ? NOT_REPORTED + "the calculation named no standard" : String.join(", ", method.standards()))
                .keyValue("GHGs and GWP", method == null ? NOT_REPORTED + "the calculation recorded no methodology"
                        : "GWP set " + method.gwpSet() + "; " + method.characterisation());

        Lineage lineage = f.lineage();
        pdf.heading("4. Data sources and periods")
                .keyValue("Reporting period", spec == null || spec.reportingPeriod() == null
                        ? NOT_REPORTED + "the specification set no period, so each supplier's newest accepted data "
                        + "was used"
                        : spec.reportingPeriod().start() + " (inclusive) to " + spec.reportingPeriod().end()
                        + " (exclusive)")
                .keyValue("Producer", spec == null || spec.producer() == null
                        ? "Industry average: no producer's own data (template defaults)"
                        : "supplier " + spec.producer().supplierId()
                        + (spec.producer().facilityId() == null ? "" : ", facility " + spec.producer().facilityId()))
                .keyValue("Template", lineage == null ? NOT_REPORTED + "no lineage was published"
                        : ref(lineage.template(), "no template was recorded"))
                .keyValue("Factor release", lineage == null ? NOT_REPORTED + "no lineage was published"
                        : ref(lineage.factorRelease(), "no factor release was recorded"))
                .keyValue("Secondary factors", lineage == null || lineage.factors() == null
                        || lineage.factors().isEmpty() ? NOT_REPORTED + "no factor keys were recorded"
                        : lineage.factors().size() + " factors: " + String.join(", ", lineage.factors()))
                .keyValue("Primary data share", metrics == null || metrics.primaryDataShare() == null
                        ? NOT_REPORTED + "no primary data share was computed"
                        : metrics.primaryDataShare().toPlainString() + " %");
        if (lineage != null && lineage.processes() != null && !lineage.processes().isEmpty()) {
            pdf.subheading("Unit processes used");
            pdf.table(List.of(new Column("process", 4, false), new Column("version", 1, true),
                            new Column("content hash", 6, false)),
                    lineage.processes().stream().map(p -> List.of(p.key(), String.valueOf(p.version()),
                            String.valueOf(p.contentHash()))).toList());
        }
        if (lineage == null || lineage.supplierData() == null || lineage.supplierData().isEmpty()) {
            pdf.keyValue("Supplier data", NOT_REPORTED + "no supplier's primary data entered this calculation");
        } else {
            pdf.subheading("Supplier data used");
            pdf.table(List.of(new Column("role / kind", 2, false), new Column("supplier", 3, false),
                            new Column("product", 2, false), new Column("data id and version", 4, false),
                            new Column("share", 1, true)),
                    lineage.supplierData().stream().map(s -> List.of(s.role() + " / " + s.kind(),
                            String.valueOf(s.supplierId()), String.valueOf(s.product()),
                            s.id() + " v" + s.version(), s.share() == null ? "" : s.share().toPlainString()))
                            .toList());
        }

        pdf.heading("5. Allocation");
        if (method == null || method.allocation() == null || method.allocation().isEmpty()) {
            pdf.paragraph(NOT_REPORTED + "the calculation recorded no allocation rule, i.e. no multi-output process "
                    + "needed one.");
        } else {
            method.allocation().forEach(rule -> pdf.paragraph("- " + rule));
        }

        pdf.heading("6. Electricity")
                .keyValue("Method", method == null || method.electricityMethod() == null
                        ? NOT_REPORTED + "no electricity method was recorded" : method.electricityMethod())
                .keyValue("Specification", spec == null ? NOT_REPORTED + "no specification was published"
                        : spec.electricityMethod())
                .keyValue("Renewable electricity share", metrics == null || metrics.renewableElectricityShare() == null
                        ? NOT_REPORTED + "no renewable share was computed"
                        : metrics.renewableElectricityShare().toPlainString() + " %");

        pdf.heading("7. Cut-off and recycling")
                .keyValue("Cut-off rule", method == null || method.cutOff() == null
                        ? NOT_REPORTED + "no cut-off rule was recorded" : method.cutOff())
                .keyValue("Recycled content", metrics == null || metrics.recycledContentShare() == null
                        ? NOT_REPORTED + "no recycled content share was computed"
                        : metrics.recycledContentShare().toPlainString() + " %");

        pdf.heading("8. Data quality");
        DataQuality dq = metrics == null ? null : metrics.dataQuality();
        if (dq == null) {
            pdf.paragraph(NOT_REPORTED + "the calculation carried no data-quality ratings.");
        } else {
            pdf.paragraph("Emission-weighted ratings from 1 (best) to 5 (pedigree matrix).");
            pdf.table(List.of(new Column("indicator", 3, false), new Column("rating", 1, true)), List.of(
                    List.of("technological", plain(dq.technological())),
                    List.of("geographical", plain(dq.geographical())), List.of("temporal", plain(dq.temporal())),
                    List.of("reliability", plain(dq.reliability())), List.of("completeness", plain(dq.completeness())),
                    List.of("overall", plain(dq.overall()))));
        }

        pdf.heading("9. Uncertainty");
        if (metrics == null || metrics.uncertainty() == null) {
            pdf.paragraph(NOT_REPORTED + "the calculation carried no uncertainty analysis.");
        } else {
            pdf.keyValue("Method", metrics.uncertainty().method())
                    .keyValue("Geometric standard deviation", plain(metrics.uncertainty().gsd()))
                    .keyValue("95 % interval", plain(metrics.uncertainty().low95()) + " to "
                            + plain(metrics.uncertainty().high95()) + " " + unit);
        }

        pdf.heading("10. Results by stage");
        if (byStage.isEmpty()) {
            pdf.paragraph(NOT_REPORTED + "the calculation published no stage breakdown.");
        } else {
            List<String> stages = byValue(byStage);
            pdf.table(List.of(new Column("stage", 3, false), new Column(unit, 2, true), new Column("share", 1, true)),
                    stages.stream().map(s -> List.of(s, byStage.get(s).toPlainString(),
                            percent(byStage.get(s), f.kgCo2e()))).toList());
            pdf.barChart("Stage breakdown (" + unit + ", share of the total)", stages.stream()
                    .map(s -> new Bar(s, byStage.get(s), percent(byStage.get(s), f.kgCo2e()))).toList(), "kg CO2e");
        }

        pdf.heading("11. Results by gas");
        Map<String, BigDecimal> byGas = f.breakdown() == null || f.breakdown().byGas() == null ? Map.of()
                : f.breakdown().byGas();
        if (byGas.isEmpty()) {
            pdf.paragraph(NOT_REPORTED + "the calculation published no breakdown by gas.");
        } else {
            pdf.table(List.of(new Column("gas", 3, false), new Column(unit, 2, true), new Column("share", 1, true)),
                    byValue(byGas).stream().map(g -> List.of(g, byGas.get(g).toPlainString(),
                            percent(byGas.get(g), f.kgCo2e()))).toList());
        }

        pdf.heading("12. Limitations");
        List<String> limitations = new ArrayList<>();
        limitations.add("Cradle-to-gate: use and end-of-life stages are outside the boundary, so this is a partial "
                + "CFP that must not be compared with cradle-to-grave figures.");
        limitations.add("Figures are per declared unit as published; a comparison with another product needs the "
                + "same declared unit, boundary, GWP set and allocation rules.");
        if (method != null && method.notes() != null) {
            limitations.addAll(method.notes());
        }
        limitations.add("This PDF uses a standard font without CJK glyphs: characters it cannot show are printed as "
                + "\"?\"; the JSON content holds the original text.");
        limitations.forEach(l -> pdf.paragraph("- " + l));
        return pdf.finish();
    }

    static String orNotReported(String value, String why) {
        return value == null || value.isBlank() ? NOT_REPORTED + why : value;
    }

    static String percent(BigDecimal part, BigDecimal total) {
        if (total == null || total.signum() == 0) {
            return "-";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    private static String ref(InputRef ref, String why) {
        if (ref == null) {
            return NOT_REPORTED + why;
        }
        return ref.key() + (ref.version() == null ? "" : " v" + ref.version())
                + (ref.contentHash() == null ? "" : ", " + ref.contentHash())
                + (ref.id() == null ? "" : ", id " + ref.id());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "not reported" : value.toPlainString();
    }

    private static List<String> sorted(Map<String, BigDecimal> values) {
        return values.keySet().stream().sorted().toList();
    }

    /** Largest contribution first; equal ones by name, so the order never depends on map iteration. */
    private static List<String> byValue(Map<String, BigDecimal> values) {
        return values.keySet().stream().sorted(Comparator.comparing((Function<String, BigDecimal>) values::get)
                .reversed().thenComparing(Comparator.naturalOrder())).toList();
    }
}
