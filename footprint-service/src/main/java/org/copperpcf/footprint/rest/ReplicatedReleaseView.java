package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.footprint.replica.ReplicatedFactorRelease;

/** A replicated factor release with the bookkeeping that shows how it arrived. */
public record ReplicatedReleaseView(UUID releaseId, String name, long version, Instant publishedAt, UUID lastEventId,
                                    int receivedEvents, Instant updatedAt, List<Factor> factors) {

    /** One replicated factor with its source. */
    public record Factor(String key, String name, String unit, BigDecimal co2ePerUnit, String sourcePublisher,
                         String sourceDocument, String sourceUrl) {
    }

    static ReplicatedReleaseView of(ReplicatedFactorRelease release) {
        return new ReplicatedReleaseView(release.releaseId, release.name, release.version, release.publishedAt,
                release.lastEventId, release.receivedEvents, release.updatedAt,
                release.factors.stream().map(f -> new Factor(f.key, f.name, f.unit, f.co2ePerUnit, f.sourcePublisher,
                        f.sourceDocument, f.sourceUrl)).toList());
    }
}
