package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.service.FootprintQueryService;
import org.copperpcf.kit.units.ActivityUnits;

/**
 * Footprint versions as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, decimals as plain strings (never an exponent), empty where a value is absent. After the fixed columns
 * comes one {@code stage_share_pct.<stage>} column per stage found in the rows: that stage's percentage of the total.
 */
final class FootprintCsv {
    static final List<String> COLUMNS = List.of("footprint_id", "version", "status", "product", "template",
            "producer_supplier_id", "geography", "period_start", "period_end", "declared_unit", "kg_co2e",
            "fossil_kg_co2e", "biogenic_kg_co2e", "primary_data_share_pct", "recycled_content_pct",
            "renewable_electricity_pct", "dqr_overall", "uncertainty_low95_kg_co2e", "uncertainty_high95_kg_co2e",
            "gwp_set", "factor_release", "electricity_method", "result_hash", "calculated_at");
    static final String STAGE_PREFIX = "stage_share_pct.";
    private static final String CRLF = "\r\n";

    private FootprintCsv() {
    }

    static String write(List<FootprintQueryService.Row> rows) {
        List<FootprintCalculator.Outcome> outcomes = rows.stream().map(row -> EventJson.fromJson(row.version().result,
                FootprintCalculator.Outcome.class)).toList();
        TreeSet<String> stages = new TreeSet<>();
        outcomes.forEach(outcome -> stages.addAll(outcome.breakdown().byStage().keySet()));
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(COLUMNS);
        stages.forEach(stage -> header.add(STAGE_PREFIX + stage));
        line(csv, header);
        for (int i = 0; i < rows.size(); i++) {
            line(csv, fields(rows.get(i), outcomes.get(i), stages));
        }
        return csv.toString();
    }

    private static List<String> fields(FootprintQueryService.Row row, FootprintCalculator.Outcome outcome,
                                       TreeSet<String> stages) {
        var footprint = row.footprint();
        var version = row.version();
        FootprintPublished.Lineage lineage = EventJson.fromJson(version.lineage, FootprintPublished.Lineage.class);
        FootprintPublished.Metrics metrics = outcome.metrics();
        FootprintPublished.Uncertainty uncertainty = metrics == null ? null : metrics.uncertainty();
        List<String> fields = new ArrayList<>(List.of(
                text(footprint.id), text(version.version), version.status.name().toLowerCase(), text(version.product),
                text(footprint.templateKey), text(footprint.producerSupplierId), text(footprint.geography),
                text(footprint.periodStart), text(footprint.periodEnd), text(version.declaredUnit),
                decimal(version.total), decimal(metrics == null ? null : metrics.fossil()),
                decimal(metrics == null ? null : metrics.biogenic()),
                decimal(metrics == null ? null : metrics.primaryDataShare()),
                decimal(metrics == null ? null : metrics.recycledContentShare()),
                decimal(metrics == null ? null : metrics.renewableElectricityShare()),
                decimal(metrics == null || metrics.dataQuality() == null ? null : metrics.dataQuality().overall()),
                decimal(uncertainty == null ? null : uncertainty.low95()),
                decimal(uncertainty == null ? null : uncertainty.high95()), text(footprint.gwpSet),
                text(lineage.factorRelease().key()), text(footprint.electricityMethod), text(version.resultHash),
                text(version.calculatedAt)));
        Map<String, BigDecimal> byStage = outcome.breakdown().byStage();
        for (String stage : stages) {
            BigDecimal value = byStage.get(stage);
            fields.add(value == null || version.total.signum() == 0 ? ""
                    : decimal(value.multiply(BigDecimal.valueOf(100))
                    .divide(version.total, 4, RoundingMode.HALF_EVEN)));
        }
        return fields;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append(CRLF);
    }

    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : ActivityUnits.plain(value).toPlainString();
    }
}
