package org.copperpcf.footprint.replica;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** footprint-service's copy of a factor release, as the latest event about it said. */
@Entity
@Table(name = "replica_factor_release")
public class ReplicatedFactorRelease extends PanacheEntityBase {

    @Id
    @Column(name = "release_id")
    public UUID releaseId;

    @Column(nullable = false)
    public String name;

    /** The upstream aggregate version this copy holds; older events are ignored. */
    @Column(nullable = false)
    public long version;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    /** Distinct events received for this release: a redelivered event is not counted again. */
    @Column(name = "received_events", nullable = false)
    public int receivedEvents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The {@code FactorReleasePublished} payload as received (null for releases replicated before V4). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @OneToMany(mappedBy = "release", cascade = CascadeType.PERSIST)
    @OrderBy("key")
    public List<ReplicatedFactor> factors = new ArrayList<>();

    public static Optional<ReplicatedFactorRelease> findByName(String name) {
        return find("name = ?1 order by version desc", name).firstResultOptional();
    }

    /** By name, or the newest published release for {@code latest}. */
    public static Optional<ReplicatedFactorRelease> resolve(String name) {
        if ("latest".equals(name)) {
            return find("order by publishedAt desc, name").firstResultOptional();
        }
        return findByName(name);
    }

    public static List<ReplicatedFactorRelease> newestFirst(int limit) {
        return find("order by publishedAt desc, name").page(0, limit).list();
    }
}
