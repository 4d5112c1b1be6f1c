package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored, immutable evaluation of one footprint version against one criteria set version. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "footprint_id", nullable = false, updatable = false)
    public UUID footprintId;
    @Column(name = "footprint_version_id", nullable = false, updatable = false)
    public UUID footprintVersionId;
    @Column(name = "footprint_version", nullable = false, updatable = false)
    public int footprintVersion;
    @Column(name = "result_hash", nullable = false, updatable = false)
    public String resultHash;
    @Column(name = "criteria_set_id", nullable = false, updatable = false)
    public UUID criteriaSetId;
    @Column(name = "criteria_set_key", nullable = false, updatable = false)
    public String criteriaSetKey;
    @Column(name = "criteria_set_version", nullable = false, updatable = false)
    public int criteriaSetVersion;
    @Column(nullable = false, updatable = false)
    public String product;
    @Column(nullable = false, updatable = false)
    public String overall;
    /** Per-criterion results (JSON list of {@code CriterionResult}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String results;
    @Column(name = "evaluated_by", nullable = false, updatable = false)
    public String evaluatedBy;
    @Column(name = "evaluated_at", nullable = false, updatable = false)
    public Instant evaluatedAt;
}
