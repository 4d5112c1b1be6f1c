package org.copperpcf.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.supplier.model.DisclosureStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Activity data of one facility, process and reporting period: edited as a draft, frozen once submitted, then
 * accepted or rejected by a reviewer. A correction is a new disclosure of the same series that supersedes this one.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public UUID supplierId;

    @Column(name = "facility_id", nullable = false)
    public UUID facilityId;

    @Column(name = "series_id", nullable = false, updatable = false)
    public UUID seriesId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "supersedes_id", updatable = false)
    public UUID supersedesId;

    @Column(name = "superseded_by_id")
    public UUID supersededById;

    @Column(nullable = false)
    public String process;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    /** Exclusive. */
    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public String product;

    @Column(name = "production_amount", nullable = false)
    public BigDecimal productionAmount;

    @Column(name = "production_unit", nullable = false)
    public String productionUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureStatus status;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "disclosure_line", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderBy("lineNo")
    public List<ActivityLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "disclosure_contract", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderBy("lineNo")
    public List<ElectricityContract> contracts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "disclosure_certificate", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderBy("certificateId")
    public List<GreenCertificate> certificates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "disclosure_flag", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderBy("flagNo")
    public List<PlausibilityFlag> flags = new ArrayList<>();

    public static List<Disclosure> pageOfSupplier(UUID supplierId, DisclosureStatus status, Instant afterTime,
                                                  UUID afterId, int limit) {
        String statusFilter = status == null ? "" : " and status = :status";
        var query = afterId == null
                ? find("supplierId = :supplier" + statusFilter + " order by createdAt, id",
                        params(supplierId, status, null, null))
                : find("supplierId = :supplier" + statusFilter
                                + " and (createdAt > :time or (createdAt = :time and id > :id)) order by createdAt, id",
                        params(supplierId, status, afterTime, afterId));
        return query.page(0, limit).list();
    }

    public static List<Disclosure> pageByStatus(DisclosureStatus status, Instant afterTime, UUID afterId, int limit) {
        var query = afterId == null
                ? find("status = :status order by createdAt, id", params(null, status, null, null))
                : find("status = :status and (createdAt > :time or (createdAt = :time and id > :id)) "
                        + "order by createdAt, id", params(null, status, afterTime, afterId));
        return query.page(0, limit).list();
    }

    public static List<Disclosure> series(UUID seriesId) {
        return list("seriesId = ?1 order by revision", seriesId);
    }

    private static Parameters params(UUID supplierId, DisclosureStatus status, Instant afterTime, UUID afterId) {
        Parameters parameters = new Parameters();
        if (supplierId != null) {
            parameters.and("supplier", supplierId);
        }
        if (status != null) {
            parameters.and("status", status);
        }
        if (afterId != null) {
            parameters.and("time", afterTime).and("id", afterId);
        }
        return parameters;
    }
}
