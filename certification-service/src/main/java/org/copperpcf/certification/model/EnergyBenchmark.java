package org.copperpcf.certification.model;

import java.math.BigDecimal;
import java.util.List;

import org.copperpcf.certification.evaluation.Benchmark;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the energy-limit and benchmark table (seeded by migration, read-only). */
@Entity
@Table(name = "energy_benchmark")
public class EnergyBenchmark extends PanacheEntityBase {
    @Id
    public String code;
    public String standard;
    public String version;
    public String route;
    public String level;
    @Column(name = "value_kgce_per_t")
    public BigDecimal valueKgcePerT;
    @Column(name = "energy_scope")
    public String energyScope;
    @Column(name = "electricity_basis")
    public String electricityBasis;
    @Column(name = "basis_status")
    public String basisStatus;
    public String source;
    public String status;
    public String note;

    public static List<EnergyBenchmark> all() {
        return find("order by code").list();
    }

    public Benchmark toBenchmark() {
        return new Benchmark(code, standard, version, route, level, valueKgcePerT, electricityBasis, basisStatus,
                source, status);
    }
}
