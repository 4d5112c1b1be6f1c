package org.copperpcf.footprint.replica;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published process or template version as inventory-service announced it. */
@Entity
@Table(name = "replica_inventory")
public class ReplicatedInventory extends PanacheEntityBase {
    @Id
    @Column(name = "version_id")
    public UUID versionId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "model_key", nullable = false)
    public String modelKey;

    @Column(nullable = false)
    public int version;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String model;

    @JdbcTypeCode(SqlTypes.JSON)
    public String warnings;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    @Column(name = "received_events", nullable = false)
    public int receivedEvents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Filtered by kind and key (null: any), ordered by kind, key and version. */
    public static List<ReplicatedInventory> matching(String kind, String key) {
        Sort order = Sort.ascending("kind", "modelKey", "version");
        if (kind != null && key != null) {
            return list("kind = ?1 and modelKey = ?2", order, kind, key);
        }
        if (kind != null) {
            return list("kind", order, kind);
        }
        return key == null ? listAll(order) : list("modelKey", order, key);
    }

    /** The pinned version, or the newest one when {@code version} is null. */
    public static Optional<ReplicatedInventory> resolve(String kind, String key, Integer version) {
        if (version != null) {
            return find(kind, key, version);
        }
        return find("kind = ?1 and modelKey = ?2", Sort.descending("version"), kind, key).firstResultOptional();
    }

    public static Optional<ReplicatedInventory> find(String kind, String key, int version) {
        return find("kind = ?1 and modelKey = ?2 and version = ?3", kind, key, version).firstResultOptional();
    }
}
