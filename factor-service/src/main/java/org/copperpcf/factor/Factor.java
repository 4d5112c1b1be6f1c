package org.copperpcf.factor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.copperpcf.factor.model.Boundary;
import org.copperpcf.factor.model.DataStatus;
import org.copperpcf.factor.model.FactorCategory;
import org.copperpcf.factor.model.FactorMethod;
import org.copperpcf.factor.model.Gas;
import org.copperpcf.factor.model.GasBasis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/** One emission factor in one release, with its source, status, data quality and licence. */
@Entity
@Table(name = "factor")
public class Factor extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id", updatable = false)
    public FactorRelease release;

    @Column(name = "factor_key", nullable = false, updatable = false)
    public String key;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FactorCategory category;

    @Column(name = "activity_unit", nullable = false)
    public String activityUnit;

    /** kg CO2e per activity unit, for factors published as CO2e; null for per-gas factors. */
    @Column(name = "co2e_per_unit")
    public BigDecimal co2ePerUnit;

    /** kg of each gas per activity unit, for factors published per gas. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "factor_gas_value", joinColumns = @JoinColumn(name = "factor_id"))
    @MapKeyColumn(name = "gas")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount")
    public Map<Gas, BigDecimal> gases = new TreeMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "gas_basis", nullable = false)
    public GasBasis gasBasis;

    public String geography;

    @Column(name = "grid_region")
    public String gridRegion;

    @Column(name = "reference_year")
    public Integer referenceYear;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Boundary boundary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FactorMethod method;

    @Column(name = "source_publisher", nullable = false)
    public String sourcePublisher;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_publication_date")
    public LocalDate sourcePublicationDate;

    @Column(name = "source_url")
    public String sourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DataStatus status;

    @Column(name = "dq_reliability")
    public Integer dqReliability;

    @Column(name = "dq_completeness")
    public Integer dqCompleteness;

    @Column(name = "dq_temporal")
    public Integer dqTemporal;

    @Column(name = "dq_geographical")
    public Integer dqGeographical;

    @Column(name = "dq_technological")
    public Integer dqTechnological;

    @Column(name = "uncertainty_gsd")
    public BigDecimal uncertaintyGsd;

    @Column(nullable = false)
    public String licence;

    @Column(nullable = false)
    public boolean redistributable;

    public String note;

    public static Optional<Factor> find(FactorRelease release, String key) {
        return find("release = ?1 and key = ?2", release, key).firstResultOptional();
    }

    public static List<Factor> allOf(FactorRelease release) {
        return list("release = ?1 order by key", release);
    }

    public static long countOf(FactorRelease release) {
        return count("release", release);
    }
}
