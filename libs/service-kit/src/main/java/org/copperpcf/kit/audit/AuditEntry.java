package org.copperpcf.kit.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log as stored, numbered from 1 without gaps. {@code entryHash} covers every other field
 * and {@code previousEntryHash} (the hash of entry {@code sequence - 1}, null for entry 1); see {@link AuditChain}.
 */
public record AuditEntry(long sequence, UUID id, Instant recordedAt, String actor, String role, String action,
                         String entityType, String entityId, Long entityVersion, UUID supplierId, String beforeHash,
                         String afterHash, String previousEntryHash, String entryHash) {
}
