package org.copperpcf.certification.report;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published core-supplier carbon-reduction report: the request and the results as computed then; never changed. */
@Entity
@Table(name = "supplier_reduction_report")
public class SupplierReductionReport extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false, updatable = false)
    public String owner;
    @Column(nullable = false, updatable = false)
    public String title;
    /** The {@link NewSupplierReductionReport} as received (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String request;
    /** The {@link SupplierReduction} list (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String results;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
