package org.copperpcf.footprint.replica;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** footprint-service's copy of an accepted supplier disclosure, as the latest event about it said. */
@Entity
@Table(name = "replica_disclosure")
public class ReplicatedDisclosure extends PanacheEntityBase {

    @Id
    @Column(name = "disclosure_id")
    public UUID disclosureId;

    /** The upstream aggregate version this copy holds; events that are not newer are ignored. */
    @Column(nullable = false)
    public long version;

    /** accepted, superseded or withdrawn. */
    @Column(nullable = false)
    public String status;

    @Column(name = "series_id", nullable = false)
    public UUID seriesId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "superseded_by_id")
    public UUID supersededById;

    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;

    @Column(name = "company_ids", nullable = false, columnDefinition = "text[]")
    public String[] companyIds;

    @Column(name = "facility_id", nullable = false)
    public UUID facilityId;

    @Column(name = "facility_name", nullable = false)
    public String facilityName;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "grid_region", nullable = false)
    public String gridRegion;

    @Column(nullable = false)
    public String process;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public String product;

    @Column(name = "production_amount", nullable = false)
    public BigDecimal productionAmount;

    @Column(name = "production_unit", nullable = false)
    public String productionUnit;

    @Column(name = "evidence_sha256", nullable = false, columnDefinition = "text[]")
    public String[] evidenceSha256;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;

    @Column(name = "reviewed_by", nullable = false)
    public String reviewedBy;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    /** Distinct events received for this disclosure: a redelivered event is not counted again. */
    @Column(name = "received_events", nullable = false)
    public int receivedEvents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The whole accepted content (the event's data), what a calculation substitutes. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    /** {@code sha256:} of the canonical content, named in the lineage of every footprint that used it. */
    @Column(name = "content_hash")
    public String contentHash;

    @ElementCollection
    @CollectionTable(name = "replica_disclosure_line", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderBy("lineNo")
    public List<Line> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "replica_disclosure_certificate", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderBy("certificateId")
    public List<Certificate> certificates = new ArrayList<>();

    /**
     * The supplier's accepted disclosure of {@code product} that a calculation uses: of the given facility if set,
     * overlapping the reporting period if set; the latest period first, then the latest acceptance.
     */
    public static Optional<ReplicatedDisclosure> usable(UUID supplierId, String product, UUID facilityId,
                                                        LocalDate periodStart, LocalDate periodEnd) {
        StringBuilder query = new StringBuilder("supplierId = :supplier and product = :product and status = 'accepted'"
                + " and content is not null");
        Parameters parameters = Parameters.with("supplier", supplierId).and("product", product);
        if (facilityId != null) {
            query.append(" and facilityId = :facility");
            parameters.and("facility", facilityId);
        }
        if (periodStart != null && periodEnd != null) {
            query.append(" and periodStart < :end and periodEnd > :start");
            parameters.and("start", periodStart).and("end", periodEnd);
        }
        return find(query + " order by periodEnd desc, acceptedAt desc, disclosureId", parameters).firstResultOptional();
    }

    public static boolean knownSupplier(UUID supplierId) {
        return count("supplierId", supplierId) > 0;
    }

    public static List<ReplicatedDisclosure> newestFirst(int limit) {
        return find("order by updatedAt desc, disclosureId").page(0, limit).list();
    }

    @Embeddable
    public static class Line {
        @Column(name = "line_no", nullable = false)
        public int lineNo;
        @Column(nullable = false)
        public String category;
        @Column(nullable = false)
        public String item;
        @Column(nullable = false)
        public BigDecimal amount;
        @Column(nullable = false)
        public String unit;
        @Column(name = "scrap_kind")
        public String scrapKind;
        @Column(name = "distance_km")
        public BigDecimal distanceKm;
        @Column(name = "data_type", nullable = false)
        public String dataType;
    }

    @Embeddable
    public static class Certificate {
        @Column(name = "certificate_id", nullable = false)
        public String certificateId;
        @Column(nullable = false)
        public BigDecimal mwh;
        @Column(nullable = false)
        public int vintage;
        @Column(name = "generation_type", nullable = false)
        public String generationType;
    }
}
