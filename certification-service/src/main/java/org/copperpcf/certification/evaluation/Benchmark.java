package org.copperpcf.certification.evaluation;

import java.math.BigDecimal;

/** A row of the energy-benchmark table, as the evaluator needs it. */
public record Benchmark(String code, String standard, String version, String route, String level,
                        BigDecimal valueKgcePerT, String electricityBasis, String basisStatus, String source,
                        String status) {
}
