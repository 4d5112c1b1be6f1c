package org.copperpcf.supplier.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.config.SupplierConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ProductFootprint schema, derived from PACT's normative OpenAPI 3.1 file: its {@code components.schemas} are
 * JSON Schema 2020-12, so the derived schema is {@code {"$ref": "#/components/schemas/ProductFootprint"}} over
 * them. The schema lets unknown properties through; we refuse them, so that removed v2 fields (or typos) are not
 * silently kept as if they meant something. Two defects of the spec are closed in code (domain brief §7): the sign
 * patterns of {@code PositiveNonZeroDecimal} and {@code NegativeOrZeroDecimal} bind their anchors to one branch only, so the
 * signs of fields of those types are checked here.
 */
@ApplicationScoped
public class PactSchema {
    private final SupplierConfig config;
    private volatile Loaded loaded;

    private record Loaded(JsonSchema schema, Set<String> footprintFields, Set<String> carbonFootprintFields,
                          Map<String, Integer> signOfPcfField) {
    }

    public PactSchema(SupplierConfig config) {
        this.config = config;
    }

    /** Every violation of the v3 schema (and of the sign rules the spec's patterns miss), field by field. */
    public List<Violation> violations(JsonNode footprint) {
        Loaded spec = loaded();
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : spec.schema().validate(footprint)) {
            violations.add(new Violation(field(message.getInstanceLocation().toString()), message.getMessage()));
        }
        footprint.fieldNames().forEachRemaining(name -> {
            if (!spec.footprintFields().contains(name)) {
                violations.add(new Violation(name, "is not a PACT v3 ProductFootprint property"));
            }
        });
        JsonNode pcf = footprint.path("pcf");
        pcf.fieldNames().forEachRemaining(name -> {
            if (!spec.carbonFootprintFields().contains(name)) {
                violations.add(new Violation("pcf." + name, "is not a PACT v3 CarbonFootprint property"));
            }
        });
        spec.signOfPcfField().forEach((name, sign) -> {
            JsonNode value = pcf.get(name);
            if (value == null || !value.isTextual()) {
                return;
            }
            try {
                int actual = new BigDecimal(value.textValue()).signum();
                if (sign > 0 && actual <= 0) {
                    violations.add(new Violation("pcf." + name, "must be greater than zero"));
                } else if (sign < 0 && actual > 0) {
                    violations.add(new Violation("pcf." + name, "must be zero or less"));
                }
            } catch (NumberFormatException e) {
                violations.add(new Violation("pcf." + name, "is not a decimal"));
            }
        });
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return violations;
    }

    /** The property names of a v3 ProductFootprint, for mapping v2 documents. */
    public Set<String> footprintFields() {
        return loaded().footprintFields();
    }

    /** The property names of a v3 CarbonFootprint, for mapping v2 documents. */
    public Set<String> carbonFootprintFields() {
        return loaded().carbonFootprintFields();
    }

    private Loaded loaded() {
        if (loaded == null) {
            String location = config.pact().openapiLocation().orElseThrow(() -> new ProblemException(503,
                    "PACT_SPEC_UNAVAILABLE", "PACT schema not configured", "set supplier.pact.openapi-location to "
                    + "PACT's openapi.yaml (v3) to import product footprints"));
            loaded = load(Path.of(location));
        }
        return loaded;
    }

    private static Loaded load(Path file) {
        JsonNode spec;
        try {
            spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PACT specification " + file.toAbsolutePath(), e);
        }
        JsonNode schemas = spec.path("components").path("schemas");
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/ProductFootprint");
        root.putObject("components").set("schemas", schemas);
        SchemaValidatorsConfig strict = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, strict);
        schema.initializeValidators();
        Map<String, Integer> signs = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> pcfFields = schemas.path("CarbonFootprint").path("properties").fields();
        while (pcfFields.hasNext()) {
            Map.Entry<String, JsonNode> field = pcfFields.next();
            String ref = field.getValue().path("$ref").asText("");
            if (ref.endsWith("/PositiveNonZeroDecimal")) {
                signs.put(field.getKey(), 1);
            } else if (ref.endsWith("/NegativeOrZeroDecimal")) {
                signs.put(field.getKey(), -1);
            }
        }
        return new Loaded(schema, names(schemas.path("ProductFootprint")), names(schemas.path("CarbonFootprint")),
                signs);
    }

    private static Set<String> names(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code $.pcf.declaredUnitAmount} → {@code pcf.declaredUnitAmount}; the root → {@code body}. */
    private static String field(String instanceLocation) {
        String field = instanceLocation.startsWith("$") ? instanceLocation.substring(1) : instanceLocation;
        field = field.startsWith(".") ? field.substring(1) : field;
        return field.isEmpty() ? "body" : field;
    }
}
