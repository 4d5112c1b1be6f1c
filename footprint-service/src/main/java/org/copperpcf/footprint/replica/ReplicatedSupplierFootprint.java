package org.copperpcf.footprint.replica;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * footprint-service's copy of a supplier's PACT ProductFootprint, as the latest {@link SupplierFootprintReceived}
 * about it said. Decimals are per declared unit; only Active ones with a {@code product} can stand for a supplier's
 * product in a supply mix.
 */
@Entity
@Table(name = "replica_supplier_footprint")
public class ReplicatedSupplierFootprint extends PanacheEntityBase {

    /** The PACT footprint id. */
    @Id
    @Column(name = "pf_id")
    public UUID pfId;

    /** The upstream aggregate version this copy holds; events that are not newer are ignored. */
    @Column(nullable = false)
    public long version;

    /** Active or Deprecated, as in PACT. */
    @Column(nullable = false)
    public String status;

    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;

    @Column(name = "company_ids", nullable = false, columnDefinition = "text[]")
    public String[] companyIds;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Column(name = "product_ids", nullable = false, columnDefinition = "text[]")
    public String[] productIds;

    @Column(name = "product_description", nullable = false)
    public String productDescription;

    /** concentrate, blister, anode, cathode, rod, tube or scrap; null when supplier-service could not tell. */
    public String product;

    /** PACT precedingPfIds, as text. */
    @Column(name = "preceding_pf_ids", nullable = false, columnDefinition = "text[]")
    public String[] precedingPfIds;

    @Column(name = "declared_unit", nullable = false)
    public String declaredUnit;

    @Column(name = "declared_unit_amount", nullable = false)
    public BigDecimal declaredUnitAmount;

    @Column(name = "product_mass_per_declared_unit", nullable = false)
    public BigDecimal productMassPerDeclaredUnit;

    @Column(name = "reference_period_start", nullable = false)
    public Instant referencePeriodStart;

    @Column(name = "reference_period_end", nullable = false)
    public Instant referencePeriodEnd;

    /** Country subdivision, country or region as given; null for a global footprint. */
    public String geography;

    @Column(name = "pcf_excluding_biogenic_uptake", nullable = false)
    public BigDecimal pcfExcludingBiogenicUptake;

    @Column(name = "pcf_including_biogenic_uptake", nullable = false)
    public BigDecimal pcfIncludingBiogenicUptake;

    @Column(name = "fossil_ghg_emissions", nullable = false)
    public BigDecimal fossilGhgEmissions;

    /** Percent, when the supplier gave it. */
    @Column(name = "primary_data_share")
    public BigDecimal primaryDataShare;

    /** When supplier-service stored it. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The whole PACT v3 document as the event carried it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    /** Distinct events received for this footprint: a redelivered event is not counted again. */
    @Column(name = "received_events", nullable = false)
    public int receivedEvents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The newest Active footprint {@code supplierId} declared for {@code product}: the latest reference period,
     * then the latest received (ties broken by id, so the answer is deterministic).
     */
    public static Optional<ReplicatedSupplierFootprint> latestFor(UUID supplierId, String product) {
        return find("supplierId = ?1 and product = ?2 and status = ?3 "
                        + "order by referencePeriodEnd desc, receivedAt desc, pfId", supplierId, product,
                SupplierFootprintReceived.ACTIVE).firstResultOptional();
    }

    public static List<ReplicatedSupplierFootprint> newestFirst(int limit) {
        return find("order by updatedAt desc, pfId").page(0, limit).list();
    }
}
