package org.copperpcf.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A site of a supplier: where it is, which grid it draws from, which routes it operates and its capacity. Read by
 * every disclosure check and event and never edited: second-level cached.
 */
@Entity
@Cacheable
@Table(name = "facility")
public class Facility extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    public UUID supplierId;

    @Column(nullable = false)
    public String name;

    /** ISO 3166-2:CN, e.g. {@code CN-JX}. */
    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "grid_region", nullable = false)
    public String gridRegion;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] routes;

    @Column(name = "capacity_t_per_year", nullable = false)
    public BigDecimal capacityTPerYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static List<Facility> ofSupplier(UUID supplierId) {
        return list("supplierId = ?1 order by name, id", supplierId);
    }
}
