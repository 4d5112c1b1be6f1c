package org.copperpcf.footprint.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The signature over the footprint versions one transaction stored, made when they were stored; never changes
 * (V14). Its payload lists each version's signed claims.
 */
@Entity
@Table(name = "footprint_signature_batch")
public class FootprintSignature extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String kid;

    /** Compact JWS (EdDSA) of the canonical {@code SignedVersions} payload. */
    @Column(nullable = false, updatable = false)
    public String jws;

    /** How many versions the payload lists. */
    @Column(nullable = false, updatable = false)
    public int versions;

    @Column(name = "signed_at", nullable = false, updatable = false)
    public Instant signedAt;

    /** The signature that covers {@code versionId}. */
    public static Optional<FootprintSignature> of(UUID versionId) {
        return find("id = (select s.batchId from FootprintVersionSignature s where s.versionId = ?1)", versionId)
                .firstResultOptional();
    }
}
