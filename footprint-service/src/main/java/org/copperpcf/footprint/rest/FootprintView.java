package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A footprint version: kg CO2e per declared unit with its breakdowns and metrics, the methodology it follows, the
 * exact inputs it was computed from and the hashes that let a certifier reproduce it.
 *
 * @param recalculationError why the last automatic recalculation was refused (the version shown stays current)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootprintView(UUID footprintId, UUID versionId, int version, String status, UUID predecessorId,
                            String product, String declaredUnit, String geography,
                            FootprintSpecification specification, BigDecimal kgCo2e,
                            FootprintPublished.Breakdown breakdown, FootprintPublished.Metrics metrics,
                            FootprintPublished.Methodology methodology, FootprintPublished.Lineage lineage,
                            String inputsHash, String resultHash, Instant calculatedAt, String reason,
                            String recalculationError) {

    public static FootprintView of(Footprint footprint, FootprintVersion version) {
        FootprintCalculator.Outcome outcome = EventJson.fromJson(version.result, FootprintCalculator.Outcome.class);
        return new FootprintView(version.footprintId, version.id, version.version, version.status.name().toLowerCase(),
                version.predecessorId, version.product, version.declaredUnit, footprint.geography,
                EventJson.fromJson(footprint.specification, FootprintSpecification.class), version.total,
                outcome.breakdown(), outcome.metrics(), outcome.methodology(),
                EventJson.fromJson(version.lineage, FootprintPublished.Lineage.class), version.inputsHash,
                version.resultHash, version.calculatedAt, version.reason,
                version.status == FootprintVersion.Status.CURRENT ? footprint.recalculationError : null);
    }
}
