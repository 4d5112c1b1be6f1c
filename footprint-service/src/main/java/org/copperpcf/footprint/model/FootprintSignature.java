package org.copperpcf.footprint.model;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signature of a footprint version, made when the version was stored; never changes (V14). */
@Entity
@Table(name = "footprint_signature")
public class FootprintSignature extends PanacheEntityBase {
    @Id
    @Column(name = "version_id")
    public UUID versionId;

    @Column(nullable = false, updatable = false)
    public String kid;

    /** Compact JWS (EdDSA) of the version's canonical {@code SignedVersion} payload. */
    @Column(nullable = false, updatable = false)
    public String jws;

    @Column(name = "signed_at", nullable = false, updatable = false)
    public Instant signedAt;
}
