package org.copperpcf.certification.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published footprint version as FootprintPublished carried it; stored once, never changed. */
@Entity
@Table(name = "replica_footprint_version")
public class ReplicatedFootprintVersion extends PanacheEntityBase {
    @Id
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "footprint_id", nullable = false, updatable = false)
    public UUID footprintId;
    @Column(nullable = false, updatable = false)
    public int version;
    @Column(nullable = false, updatable = false)
    public String product;
    @Column(name = "declared_unit", nullable = false, updatable = false)
    public String declaredUnit;
    @Column(updatable = false)
    public String geography;
    @Column(name = "kg_co2e", nullable = false, updatable = false)
    public BigDecimal kgCo2e;
    @Column(name = "result_hash", nullable = false, updatable = false)
    public String resultHash;
    @Column(name = "calculated_at", nullable = false, updatable = false)
    public Instant calculatedAt;
    /** The whole FootprintPublished payload (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String content;
    @Column(name = "last_event_id", nullable = false, updatable = false)
    public UUID lastEventId;
    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;
}
