package org.copperpcf.certification.rest;

import java.math.BigDecimal;

import org.copperpcf.certification.model.EnergyBenchmark;

public record EnergyBenchmarkView(String code, String standard, String version, String route, String level,
                                  BigDecimal valueKgcePerT, String energyScope, String electricityBasis,
                                  String basisStatus, String source, String status, String note) {
    static EnergyBenchmarkView of(EnergyBenchmark b) {
        return new EnergyBenchmarkView(b.code, b.standard, b.version, b.route, b.level, b.valueKgcePerT,
                b.energyScope, b.electricityBasis, b.basisStatus, b.source, b.status, b.note);
    }
}
