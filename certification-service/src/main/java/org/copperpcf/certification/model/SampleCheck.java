package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded check of a sampled item; a later check of the same item supersedes it, both are kept. */
@Entity
@Table(name = "sample_check")
public class SampleCheck extends PanacheEntityBase {
    public static final String CONFORMING = "conforming";
    public static final String NONCONFORMING = "nonconforming";
    public static final String NOT_VERIFIABLE = "not-verifiable";

    @Id
    public UUID id;
    @Column(name = "sample_id", nullable = false, updatable = false)
    public UUID sampleId;
    @Column(name = "item_no", nullable = false, updatable = false)
    public int itemNo;
    @Column(nullable = false, updatable = false)
    public String outcome;
    @Column(updatable = false)
    public String note;
    @Column(name = "checked_by", nullable = false, updatable = false)
    public String checkedBy;
    @Column(name = "checked_at", nullable = false, updatable = false)
    public Instant checkedAt;

    /** Every check of a sample's items, oldest first. */
    public static List<SampleCheck> of(UUID sampleId) {
        return find("sampleId = ?1 order by checkedAt, id", sampleId).list();
    }
}
