package org.copperpcf.certification.model;

import java.math.BigDecimal;
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
 * A certificate granted on an application: {@code valid → suspended → valid | revoked}, {@code valid → revoked};
 * {@code expired} is not stored but derived from {@link #validUntil}.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {
    public static final String VALID = "valid";
    public static final String SUSPENDED = "suspended";
    public static final String REVOKED = "revoked";
    public static final String EXPIRED = "expired";

    @Id
    public String id;
    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;
    @Column(nullable = false)
    public String status;
    @Column(nullable = false, updatable = false)
    public String product;
    @Column(name = "footprint_id", nullable = false, updatable = false)
    public UUID footprintId;
    @Column(name = "footprint_version", nullable = false, updatable = false)
    public int footprintVersion;
    @Column(name = "footprint_version_id", nullable = false, updatable = false)
    public UUID footprintVersionId;
    @Column(name = "result_hash", nullable = false, updatable = false)
    public String resultHash;
    @Column(name = "declared_unit", nullable = false, updatable = false)
    public String declaredUnit;
    @Column(name = "kg_co2e", nullable = false, updatable = false)
    public BigDecimal kgCo2e;
    @Column(name = "criteria_set_key", nullable = false, updatable = false)
    public String criteriaSetKey;
    @Column(name = "criteria_set_version", nullable = false, updatable = false)
    public int criteriaSetVersion;
    @Column(name = "holder_supplier_id", nullable = false, updatable = false)
    public UUID holderSupplierId;
    @Column(name = "holder_facility_id", updatable = false)
    public UUID holderFacilityId;
    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;
    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;
    @Column(name = "valid_until", nullable = false, updatable = false)
    public Instant validUntil;
    /** Planned surveillance dates (JSON list of ISO dates). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "surveillance_dates", nullable = false, updatable = false)
    public String surveillanceDates;
    @Column(nullable = false, updatable = false)
    public String certifier;
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    /** The status a reader sees at {@code now}: a valid or suspended certificate past its end is expired. */
    public String effectiveStatus(Instant now) {
        return !REVOKED.equals(status) && !now.isBefore(validUntil) ? EXPIRED : status;
    }

    /**
     * Newest first with optional filters; {@code status} is the effective one (expired derived at {@code now});
     * {@code before} is the last row of the previous page.
     */
    public static List<Certificate> page(UUID holder, String status, String product, UUID footprintId, Instant now,
                                         Instant beforeAt, String beforeId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (holder != null) {
            query.append(" and holderSupplierId = :holder");
            params.put("holder", holder);
        }
        if (EXPIRED.equals(status)) {
            query.append(" and status <> 'revoked' and validUntil <= :now");
            params.put("now", now);
        } else if (REVOKED.equals(status)) {
            query.append(" and status = :status");
            params.put("status", status);
        } else if (status != null) {
            query.append(" and status = :status and validUntil > :now");
            params.put("status", status);
            params.put("now", now);
        }
        if (product != null) {
            query.append(" and product = :product");
            params.put("product", product);
        }
        if (footprintId != null) {
            query.append(" and footprintId = :footprint");
            params.put("footprint", footprintId);
        }
        if (beforeAt != null) {
            query.append(" and (issuedAt < :at or (issuedAt = :at and id < :id))");
            params.put("at", beforeAt);
            params.put("id", beforeId);
        }
        return find(query + " order by issuedAt desc, id desc", params).page(0, limit).list();
    }
}
