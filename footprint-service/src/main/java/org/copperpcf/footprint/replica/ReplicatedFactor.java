package org.copperpcf.footprint.replica;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One factor of a replicated release. */
@Entity
@Table(name = "replica_factor")
@IdClass(ReplicatedFactor.Key.class)
public class ReplicatedFactor extends PanacheEntityBase {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "release_id")
    public ReplicatedFactorRelease release;

    @Id
    @Column(name = "factor_key")
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Column(name = "co2e_per_unit", nullable = false)
    public BigDecimal co2ePerUnit;

    @Column(name = "source_publisher", nullable = false)
    public String sourcePublisher;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_url")
    public String sourceUrl;

    /** The composite key: release and factor key. */
    public static class Key implements Serializable {
        public UUID release;
        public String key;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(release, that.release) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(release, key);
        }
    }
}
