package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application for certification of one footprint version against one criteria set version:
 * {@code submitted → under-review → decided (granted | refused)}, or {@code withdrawn} by the applicant before the
 * decision.
 */
@Entity
@Table(name = "certification_application")
public class CertificationApplication extends PanacheEntityBase {
    public static final String SUBMITTED = "submitted";
    public static final String UNDER_REVIEW = "under-review";
    public static final String DECIDED = "decided";
    public static final String WITHDRAWN = "withdrawn";
    public static final String GRANTED = "granted";
    public static final String REFUSED = "refused";

    @Id
    public UUID id;
    @Column(name = "footprint_id", nullable = false, updatable = false)
    public UUID footprintId;
    @Column(name = "footprint_version", nullable = false, updatable = false)
    public int footprintVersion;
    @Column(name = "footprint_version_id", nullable = false, updatable = false)
    public UUID footprintVersionId;
    @Column(name = "result_hash", nullable = false, updatable = false)
    public String resultHash;
    @Column(nullable = false, updatable = false)
    public String product;
    @Column(name = "criteria_set_id", nullable = false, updatable = false)
    public UUID criteriaSetId;
    @Column(name = "criteria_set_key", nullable = false, updatable = false)
    public String criteriaSetKey;
    @Column(name = "criteria_set_version", nullable = false, updatable = false)
    public int criteriaSetVersion;
    @Column(name = "holder_supplier_id", nullable = false, updatable = false)
    public UUID holderSupplierId;
    @Column(name = "holder_facility_id", updatable = false)
    public UUID holderFacilityId;
    /** The applicant's contact (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String contact;
    @Column(nullable = false)
    public String status;
    public String decision;
    @Column(name = "decision_rationale")
    public String decisionRationale;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(nullable = false, updatable = false)
    public String applicant;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;
    public String reviewer;
    @Column(name = "review_started_at")
    public Instant reviewStartedAt;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    /** Newest first, optionally one holder's and one status; {@code before} is the last row of the previous page. */
    public static List<CertificationApplication> page(UUID holder, String status, Instant beforeAt, UUID beforeId,
                                                      int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (holder != null) {
            query.append(" and holderSupplierId = :holder");
            params.put("holder", holder);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (beforeAt != null) {
            query.append(" and (submittedAt < :at or (submittedAt = :at and id < :id))");
            params.put("at", beforeAt);
            params.put("id", beforeId);
        }
        return find(query + " order by submittedAt desc, id desc", params).page(0, limit).list();
    }
}
