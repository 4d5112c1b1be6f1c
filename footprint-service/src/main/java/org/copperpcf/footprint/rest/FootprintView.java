package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.copperpcf.footprint.calculation.FootprintCalculator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A footprint version: kg CO2e per declared unit with its breakdowns, the exact inputs it was computed from and
 * the hashes that let a certifier reproduce it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootprintView(UUID footprintId, int version, String status, UUID predecessorId, String product,
                            String declaredUnit, BigDecimal kgCo2e, FootprintCalculator.Breakdown breakdown,
                            FootprintCalculator.Lineage lineage, String inputsHash, String resultHash,
                            Instant calculatedAt, String reason) {
}
