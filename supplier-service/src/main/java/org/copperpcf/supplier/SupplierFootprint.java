package org.copperpcf.supplier;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

/**
 * A PACT v3 ProductFootprint a supplier pushed for a product it sells (mapped from v2.x when it came as such). PACT
 * footprints are immutable except for {@code status}, which becomes Deprecated when a successor names this one in
 * its precedingPfIds; {@code version} counts those changes for the events that announce them.
 */
@Entity
@Table(name = "product_footprint")
public class SupplierFootprint extends PanacheEntityBase {

    /** The PACT id. */
    @Id
    public UUID id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public UUID supplierId;

    @Column(name = "spec_version", nullable = false)
    public String specVersion;

    /** The specVersion the supplier sent, e.g. 2.3.0 for a mapped v2 footprint. */
    @Column(name = "received_spec", nullable = false)
    public String receivedSpec;

    /** Active or Deprecated, as in PACT (and as in {@link #document}). */
    @Column(nullable = false)
    public String status;

    /**
     * The platform's product code (concentrate, blister, anode, cathode, rod, tube, scrap): named by the supplier
     * when pushing, or inferred from productIds and description when they name exactly one; null otherwise.
     */
    public String product;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Column(name = "product_ids", nullable = false, columnDefinition = "text[]")
    public String[] productIds;

    @Column(name = "pcf_excluding_biogenic", nullable = false)
    public BigDecimal pcfExcludingBiogenic;

    @Column(name = "declared_unit", nullable = false)
    public String declaredUnit;

    @Column(name = "reference_period_start", nullable = false)
    public Instant referencePeriodStart;

    @Column(name = "reference_period_end", nullable = false)
    public Instant referencePeriodEnd;

    /** The v3 document as validated. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    /** What a v2 → v3 mapping changed or dropped; empty for v3 input. */
    @Column(name = "mapping_notes", nullable = false, columnDefinition = "text[]")
    public String[] mappingNotes;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static List<SupplierFootprint> ofSupplier(UUID supplierId, int limit) {
        return find("supplierId = ?1 order by createdAt, id", supplierId).page(0, limit).list();
    }
}
