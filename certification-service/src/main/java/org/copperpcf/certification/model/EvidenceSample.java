package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A drawn evidence sample: how it was drawn (seed, algorithm, population hash), never changed. */
@Entity
@Table(name = "evidence_sample")
public class EvidenceSample extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;
    @Column(name = "footprint_version_id", nullable = false, updatable = false)
    public UUID footprintVersionId;
    @Column(nullable = false, updatable = false)
    public long seed;
    @Column(name = "seed_origin", nullable = false, updatable = false)
    public String seedOrigin;
    @Column(nullable = false, updatable = false)
    public String algorithm;
    @Column(name = "population_lines", nullable = false, updatable = false)
    public int populationLines;
    @Column(name = "population_evidence", nullable = false, updatable = false)
    public int populationEvidence;
    @Column(name = "population_hash", nullable = false, updatable = false)
    public String populationHash;
    @Column(name = "requested_lines", nullable = false, updatable = false)
    public int requestedLines;
    @Column(name = "requested_evidence", nullable = false, updatable = false)
    public int requestedEvidence;
    /** The weight rule per disclosure (JSON object). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "weight_rules", nullable = false, updatable = false)
    public String weightRules;
    @Column(name = "drawn_by", nullable = false, updatable = false)
    public String drawnBy;
    @Column(name = "drawn_at", nullable = false, updatable = false)
    public Instant drawnAt;

    public static List<EvidenceSample> of(UUID applicationId) {
        return find("applicationId = ?1 order by drawnAt, id", applicationId).list();
    }
}
