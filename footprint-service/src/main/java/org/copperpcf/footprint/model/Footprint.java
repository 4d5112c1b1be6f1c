package org.copperpcf.footprint.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What to compute: the whole specification (template and parameters, producer, reporting period, supply mix,
 * electricity method, factor release pinned or {@code latest}, GWP set), with the columns buyers search by.
 */
@Entity
@Table(name = "footprint")
public class Footprint extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "template_key", nullable = false, updatable = false)
    public String templateKey;

    @Column(name = "template_version", updatable = false)
    public Integer templateVersion;

    /** The parameter values set, as a JSON object of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String parameters;

    @Column(name = "factor_release", nullable = false, updatable = false)
    public String factorRelease;

    @Column(name = "gwp_set", nullable = false, updatable = false)
    public String gwpSet;

    /** The {@code FootprintSpecification} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String specification;

    @Column(updatable = false)
    public String product;

    @Column(name = "producer_supplier_id", updatable = false)
    public UUID producerSupplierId;

    @Column(name = "producer_facility_id", updatable = false)
    public UUID producerFacilityId;

    /** The producer's province, or the region of an industry average. */
    @Column(nullable = false)
    public String geography;

    @Column(name = "period_start", updatable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", updatable = false)
    public LocalDate periodEnd;

    @Column(name = "electricity_method", nullable = false, updatable = false)
    public String electricityMethod;

    /** Every supplier whose data the current version uses (producer and supply mix, all tiers). */
    @Column(name = "supplier_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] supplierIds;

    /** Why the last automatic recalculation failed (the specification no longer computes), or null. */
    @Column(name = "recalculation_error")
    public String recalculationError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
