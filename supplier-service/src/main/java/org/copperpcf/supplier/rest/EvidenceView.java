package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.util.UUID;

import org.copperpcf.supplier.Evidence;

/** An evidence file's record: what it is and its content hash, without the content. */
public record EvidenceView(UUID id, UUID supplierId, String fileName, String mediaType, long sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt) {

    static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id, evidence.supplierId, evidence.fileName, evidence.mediaType,
                evidence.sizeBytes, evidence.sha256, evidence.uploadedBy, evidence.uploadedAt);
    }
}
