package org.copperpcf.supplier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Client credentials of one supplier's system. The secret itself is never stored, only its SHA-256. */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public UUID supplierId;

    @Column(nullable = false)
    public String name;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static List<ApiClient> ofSupplier(UUID supplierId) {
        return list("supplierId = ?1 order by createdAt, clientId", supplierId);
    }

    public static Optional<ApiClient> active(String clientId) {
        return find("clientId = ?1 and revokedAt is null", clientId).firstResultOptional();
    }
}
