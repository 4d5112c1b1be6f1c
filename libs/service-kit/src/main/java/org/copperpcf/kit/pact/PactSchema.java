package org.copperpcf.kit.pact;

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

import org.copperpcf.kit.problem.Violation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * One schema of PACT's OpenAPI 3.1 file (v3 is normative, v2.3 has the same shape): its {@code components.schemas}
 * are JSON Schema 2020-12, so the schema of a component is {@code {"$ref": "#/components/schemas/<name>"}} over them.
 * The file is read at run time and never packaged: its licence allows unmodified copies for non-commercial use only.
 * <p>
 * For {@code ProductFootprint} two checks are added. Unknown properties of the footprint and of its {@code pcf} are
 * refused, so that removed v2 fields (or typos) are not kept as if they meant something. And the signs of fields typed
 * {@code PositiveNonZeroDecimal} or {@code NegativeOrZeroDecimal} are checked here, because those patterns put their
 * alternatives outside any group, binding each anchor to one branch only (domain brief §7).
 */
public final class PactSchema {
    public static final String PRODUCT_FOOTPRINT = "ProductFootprint";

    private final JsonSchema schema;
    private final boolean productFootprint;
    private final Set<String> footprintFields;
    private final Set<String> carbonFootprintFields;
    private final Map<String, Integer> signOfPcfField;

    private PactSchema(JsonSchema schema, boolean productFootprint, Set<String> footprintFields,
                       Set<String> carbonFootprintFields, Map<String, Integer> signOfPcfField) {
        this.schema = schema;
        this.productFootprint = productFootprint;
        this.footprintFields = footprintFields;
        this.carbonFootprintFields = carbonFootprintFields;
        this.signOfPcfField = signOfPcfField;
    }

    /** The ProductFootprint schema of {@code openapi} (a PACT {@code openapi.yaml}). */
    public static PactSchema productFootprint(Path openapi) {
        return load(openapi, PRODUCT_FOOTPRINT);
    }

    /** The schema named {@code component} in {@code components.schemas} of {@code openapi}. */
    public static PactSchema load(Path openapi, String component) {
        JsonNode spec;
        try {
            spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(openapi));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PACT specification " + openapi.toAbsolutePath(), e);
        }
        JsonNode schemas = spec.path("components").path("schemas");
        if (!schemas.has(component)) {
            throw new IllegalArgumentException(openapi + " has no schema " + component);
        }
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + component);
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
        return new PactSchema(schema, PRODUCT_FOOTPRINT.equals(component), names(schemas.path(PRODUCT_FOOTPRINT)),
                names(schemas.path("CarbonFootprint")), signs);
    }

    /** Every violation of the schema (and, for ProductFootprint, of the rules above), field by field. */
    public List<Violation> violations(JsonNode document) {
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            violations.add(new Violation(field(message.getInstanceLocation().toString()), message.getMessage()));
        }
        if (productFootprint) {
            addProductFootprintViolations(document, violations);
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return violations;
    }

    /** The property names of a ProductFootprint of this file's version. */
    public Set<String> footprintFields() {
        return footprintFields;
    }

    /** The property names of a CarbonFootprint of this file's version. */
    public Set<String> carbonFootprintFields() {
        return carbonFootprintFields;
    }

    private void addProductFootprintViolations(JsonNode footprint, List<Violation> violations) {
        footprint.fieldNames().forEachRemaining(name -> {
            if (!footprintFields.contains(name)) {
                violations.add(new Violation(name, "is not a PACT ProductFootprint property"));
            }
        });
        JsonNode pcf = footprint.path("pcf");
        pcf.fieldNames().forEachRemaining(name -> {
            if (!carbonFootprintFields.contains(name)) {
                violations.add(new Violation("pcf." + name, "is not a PACT CarbonFootprint property"));
            }
        });
        signOfPcfField.forEach((name, sign) -> {
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
    }

    private static Set<String> names(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * {@code $.pcf.declaredUnitAmount} → {@code pcf.declaredUnitAmount}; the root → {@code body}. Some validators
     * (formats) report a JSON pointer instead: {@code /productIds/0} → {@code productIds[0]}, so that one field has one
     * name whichever check found it.
     */
    static String field(String instanceLocation) {
        String field = instanceLocation;
        if (field.startsWith("/")) {
            StringBuilder dotted = new StringBuilder();
            for (String token : field.substring(1).split("/", -1)) {
                String name = token.replace("~1", "/").replace("~0", "~");
                if (name.matches("\\d+")) {
                    dotted.append('[').append(name).append(']');
                } else {
                    dotted.append(dotted.isEmpty() ? "" : ".").append(name);
                }
            }
            field = dotted.toString();
        }
        field = field.startsWith("$") ? field.substring(1) : field;
        field = field.startsWith(".") ? field.substring(1) : field;
        return field.isEmpty() ? "body" : field;
    }
}
