package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One immutable version of a green-product criteria set; a change is a new version of the same key. */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false, updatable = false)
    public String key;
    @Column(nullable = false, updatable = false)
    public int version;
    @Column(nullable = false, updatable = false)
    public String product;
    @Column(nullable = false, updatable = false)
    public String title;
    @Column(updatable = false)
    public String description;
    /** The criteria (JSON list of {@code Criterion}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String criteria;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Optional<CriteriaSet> find(String key, int version) {
        return find("key = ?1 and version = ?2", key, version).firstResultOptional();
    }

    public static Optional<CriteriaSet> latest(String key) {
        return find("key = ?1 order by version desc", key).firstResultOptional();
    }

    /** Every version of every set, by key then version. */
    public static List<CriteriaSet> all() {
        return find("order by key, version").list();
    }
}
