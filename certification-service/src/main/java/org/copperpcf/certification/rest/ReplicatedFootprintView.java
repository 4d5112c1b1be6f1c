package org.copperpcf.certification.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.copperpcf.certification.model.ReplicatedFootprintVersion;
import org.copperpcf.certification.service.FootprintReplicaService;
import org.copperpcf.contracts.footprint.FootprintPublished;

/** A replicated footprint version: its identity and the metrics evaluations read. */
public record ReplicatedFootprintView(UUID versionId, UUID footprintId, int version, String product,
                                      String declaredUnit, String geography, BigDecimal kgCo2e, String resultHash,
                                      Instant calculatedAt, FootprintPublished.Metrics metrics, UUID lastEventId,
                                      Instant receivedAt) {
    static ReplicatedFootprintView of(ReplicatedFootprintVersion r) {
        return new ReplicatedFootprintView(r.versionId, r.footprintId, r.version, r.product, r.declaredUnit,
                r.geography, r.kgCo2e, r.resultHash, r.calculatedAt, FootprintReplicaService.content(r).metrics(),
                r.lastEventId, r.receivedAt);
    }
}
