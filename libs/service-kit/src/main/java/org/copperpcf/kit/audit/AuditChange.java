package org.copperpcf.kit.audit;

import java.util.Objects;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;

/**
 * One state change to record: what happened to which entity, and hashes of its content before and after (null for
 * the side that does not exist, e.g. before a create). {@code supplierId} scopes the entry to a supplier, who may
 * then read it.
 *
 * @param action past-tense verb in kebab case, e.g. {@code disclosure-accepted}
 */
public record AuditChange(String action, String entityType, String entityId, Long entityVersion, UUID supplierId,
                          String beforeHash, String afterHash) {

    public AuditChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }

    /**
     * A change whose before and after states are given as values (records or views, null for none); each is
     * hashed as {@link EventJson#contentHash}, so a certifier can recompute it from the API or event content.
     */
    public static AuditChange of(String action, String entityType, Object entityId, Long entityVersion,
                                 Object before, Object after) {
        return ofHashes(action, entityType, entityId, entityVersion,
                before == null ? null : EventJson.contentHash(before),
                after == null ? null : EventJson.contentHash(after));
    }

    /** A change whose content hashes are already known (e.g. a version's stored {@code sha256:} hash). */
    public static AuditChange ofHashes(String action, String entityType, Object entityId, Long entityVersion,
                                       String beforeHash, String afterHash) {
        return new AuditChange(action, entityType, String.valueOf(entityId), entityVersion, null, beforeHash,
                afterHash);
    }

    public AuditChange forSupplier(UUID supplier) {
        return new AuditChange(action, entityType, entityId, entityVersion, supplier, beforeHash, afterHash);
    }
}
