package org.copperpcf.factor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import org.copperpcf.factor.model.Gas;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One GWP100 value of one IPCC assessment report, with its source. */
@Entity
@Table(name = "gwp_value")
@IdClass(GwpValue.Key.class)
public class GwpValue extends PanacheEntityBase {

    @Id
    @Column(name = "gwp_set")
    public String gwpSet;

    @Id
    @Enumerated(EnumType.STRING)
    public Gas gas;

    @Column(nullable = false)
    public BigDecimal gwp100;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String source;

    /** The composite key: set and gas. */
    public static class Key implements Serializable {
        public String gwpSet;
        public Gas gas;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(gwpSet, that.gwpSet) && gas == that.gas;
        }

        @Override
        public int hashCode() {
            return Objects.hash(gwpSet, gas);
        }
    }
}
