package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.copperpcf.contracts.footprint.FootprintPublished;

/**
 * A stored version recomputed from exactly the inputs its lineage names.
 *
 * @param identical true when the recomputation gives the stored resultHash
 */
public record FootprintReproduction(UUID footprintId, UUID versionId, int version, String storedResultHash,
                                    String reproducedResultHash, boolean identical, String storedInputsHash,
                                    String reproducedInputsHash, BigDecimal kgCo2e, BigDecimal reproducedKgCo2e,
                                    Instant reproducedAt, FootprintPublished.Lineage lineage) {
}
