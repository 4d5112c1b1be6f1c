package org.copperpcf.factor.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published release as clients read it. */
public record FactorReleaseView(UUID id, String name, long version, Instant publishedAt, List<Factor> factors) {

    /** One factor with its source. */
    public record Factor(String key, String name, String unit, BigDecimal co2ePerUnit, Source source) {
    }

    /** Provenance of a value. */
    public record Source(String publisher, String document, String url) {
    }
}
