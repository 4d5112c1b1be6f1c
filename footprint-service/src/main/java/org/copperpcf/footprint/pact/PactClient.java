package org.copperpcf.footprint.pact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A data recipient (a buyer organisation's system) registered to read footprints over PACT. Its secret is never
 * stored, only the secret's SHA-256; revoking it ends every token it holds.
 */
@Entity
@Table(name = "pact_client")
public class PactClient extends PanacheEntityBase {
    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static List<PactClient> all() {
        return list("order by createdAt, clientId");
    }

    public static Optional<PactClient> active(String clientId) {
        return find("clientId = ?1 and revokedAt is null", clientId).firstResultOptional();
    }
}
