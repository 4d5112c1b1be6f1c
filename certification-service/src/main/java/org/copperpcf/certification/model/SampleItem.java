package org.copperpcf.certification.model;

import java.math.BigDecimal;
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

/** One selected line or evidence file of a sample, numbered from 1 (lines first, then files, each by rank). */
@Entity
@Table(name = "sample_item")
public class SampleItem extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "sample_id", nullable = false, updatable = false)
    public UUID sampleId;
    @Column(name = "item_no", nullable = false, updatable = false)
    public int itemNo;
    @Column(nullable = false, updatable = false)
    public String kind;
    @Column(nullable = false, updatable = false)
    public int rank;
    @Column(name = "disclosure_id", updatable = false)
    public UUID disclosureId;
    @Column(name = "line_no", updatable = false)
    public Integer lineNo;
    @Column(name = "evidence_id", updatable = false)
    public UUID evidenceId;
    @Column(nullable = false, updatable = false)
    public BigDecimal weight;
    @Column(name = "weight_rule", nullable = false, updatable = false)
    public String weightRule;
    /** The line as disclosed, or the file's name, hash and citing lines (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String detail;

    public static List<SampleItem> of(UUID sampleId) {
        return find("sampleId = ?1 order by itemNo", sampleId).list();
    }

    public static Optional<SampleItem> find(UUID sampleId, int itemNo) {
        return find("sampleId = ?1 and itemNo = ?2", sampleId, itemNo).firstResultOptional();
    }
}
