package org.copperpcf.supplier.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.config.SupplierConfig;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The v3 ProductFootprint schema ({@link org.copperpcf.kit.pact.PactSchema}) of the file
 * {@code supplier.pact.openapi-location} names, loaded on first use; without that file imports answer 503.
 */
@ApplicationScoped
public class PactSchema {
    private final SupplierConfig config;
    private volatile org.copperpcf.kit.pact.PactSchema loaded;

    public PactSchema(SupplierConfig config) {
        this.config = config;
    }

    /** Every violation of the v3 schema (and of the sign rules the spec's patterns miss), field by field. */
    public List<Violation> violations(JsonNode footprint) {
        return loaded().violations(footprint);
    }

    /** The property names of a v3 ProductFootprint, for mapping v2 documents. */
    public Set<String> footprintFields() {
        return loaded().footprintFields();
    }

    /** The property names of a v3 CarbonFootprint, for mapping v2 documents. */
    public Set<String> carbonFootprintFields() {
        return loaded().carbonFootprintFields();
    }

    private org.copperpcf.kit.pact.PactSchema loaded() {
        if (loaded == null) {
            String location = config.pact().openapiLocation().orElseThrow(() -> new ProblemException(503,
                    "PACT_SPEC_UNAVAILABLE", "PACT schema not configured", "set supplier.pact.openapi-location to "
                    + "PACT's openapi.yaml (v3) to import product footprints"));
            loaded = org.copperpcf.kit.pact.PactSchema.productFootprint(Path.of(location));
        }
        return loaded;
    }
}
