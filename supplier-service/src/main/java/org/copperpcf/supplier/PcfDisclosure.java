package org.copperpcf.supplier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.supplier.model.DisclosureStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A PACT footprint pulled from a supplier's host, waiting for a reviewer: submitted, then accepted (it becomes a
 * {@link SupplierFootprint} under its PACT id and is announced like a pushed one) or rejected. The document is the
 * validated v3 form (mapped from v2.x when pulled as such).
 */
@Entity
@Table(name = "pcf_disclosure")
public class PcfDisclosure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public UUID supplierId;

    @Column(name = "pact_id", nullable = false, updatable = false)
    public UUID pactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureStatus status;

    /** The connection's product code at pull time; null lets acceptance infer it as the push import does. */
    public String product;

    @Column(name = "received_spec", nullable = false, updatable = false)
    public String receivedSpec;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb", updatable = false)
    public String document;

    @Column(name = "mapping_notes", nullable = false, columnDefinition = "text[]", updatable = false)
    public String[] mappingNotes;

    /** Findings for the reviewer that are no reason to refuse, e.g. companyIds naming none of the supplier's. */
    @Column(nullable = false, columnDefinition = "text[]", updatable = false)
    public String[] flags;

    /** The footprint on the partner's host: {@code <base>/<version>/footprints/<id>}. */
    @Column(name = "source_url", nullable = false, updatable = false)
    public String sourceUrl;

    @Column(name = "pull_id", nullable = false, updatable = false)
    public UUID pullId;

    @Column(name = "pulled_at", nullable = false, updatable = false)
    public Instant pulledAt;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static boolean known(UUID pactId) {
        return count("pactId", pactId) > 0;
    }

    public static List<PcfDisclosure> page(UUID supplierId, DisclosureStatus status, Instant afterTime, UUID afterId,
                                           int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (supplierId != null) {
            where.append(" and supplierId = :supplier");
            parameters.and("supplier", supplierId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (afterId != null) {
            where.append(" and (createdAt > :time or (createdAt = :time and id > :id))");
            parameters.and("time", afterTime).and("id", afterId);
        }
        return find(where + " order by createdAt, id", parameters).page(0, limit).list();
    }
}
