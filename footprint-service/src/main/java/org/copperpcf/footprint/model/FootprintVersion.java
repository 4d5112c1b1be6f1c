package org.copperpcf.footprint.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One calculated, immutable version of a footprint, with its breakdowns, lineage and hashes. */
@Entity
@Table(name = "footprint_version")
public class FootprintVersion extends PanacheEntityBase {
    public enum Status { CURRENT, DEPRECATED }

    @Id
    public UUID id;

    @Column(name = "footprint_id", nullable = false, updatable = false)
    public UUID footprintId;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "predecessor_id", updatable = false)
    public UUID predecessorId;

    @Column(nullable = false, updatable = false)
    public String product;

    @Column(name = "declared_unit", nullable = false, updatable = false)
    public String declaredUnit;

    @Column(nullable = false, updatable = false)
    public BigDecimal total;

    /** Breakdowns by stage, gas, process and input (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String result;

    /** The id, version and hash of every input (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String lineage;

    @Column(name = "inputs_hash", nullable = false, updatable = false)
    public String inputsHash;

    @Column(name = "result_hash", nullable = false, updatable = false)
    public String resultHash;

    @Column(name = "calculated_at", nullable = false, updatable = false)
    public Instant calculatedAt;

    @Column(nullable = false, updatable = false)
    public String reason;

    public static Optional<FootprintVersion> current(UUID footprintId) {
        return find("footprintId = ?1 and status = ?2", footprintId, Status.CURRENT).firstResultOptional();
    }

    public static List<FootprintVersion> history(UUID footprintId) {
        return list("footprintId", Sort.ascending("version"), footprintId);
    }

    public static Optional<FootprintVersion> of(UUID footprintId, int version) {
        return find("footprintId = ?1 and version = ?2", footprintId, version).firstResultOptional();
    }
}
