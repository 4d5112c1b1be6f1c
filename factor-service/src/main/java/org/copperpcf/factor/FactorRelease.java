package org.copperpcf.factor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.factor.model.ReleaseStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named set of factors: a draft while it is edited, frozen once published. */
@Entity
@Table(name = "factor_release")
public class FactorRelease extends PanacheEntityBase {
    /** The alias that always means the newest published release. */
    public static final String LATEST = "latest";

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReleaseStatus status;

    public String description;

    @Column(name = "based_on", updatable = false)
    public String basedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    public boolean isPublished() {
        return status == ReleaseStatus.PUBLISHED;
    }

    /** By name, or the newest published release for {@link #LATEST}. */
    public static Optional<FactorRelease> findByName(String name) {
        if (LATEST.equals(name)) {
            return latestPublishedAt(Instant.now());
        }
        return find("name", name).firstResultOptional();
    }

    /** The release that was the newest published one at {@code instant}. */
    public static Optional<FactorRelease> latestPublishedAt(Instant instant) {
        return find("status = ?1 and publishedAt <= ?2 order by publishedAt desc", ReleaseStatus.PUBLISHED, instant)
                .firstResultOptional();
    }

    /** Releases ordered by name, starting after {@code afterName} (a cursor), at most {@code limit}. */
    public static List<FactorRelease> page(String afterName, ReleaseStatus status, int limit) {
        String query = "name > ?1" + (status == null ? "" : " and status = ?2") + " order by name";
        var found = status == null ? find(query, afterName) : find(query, afterName, status);
        return found.page(0, limit).list();
    }
}
