package org.copperpcf.supplier.mapping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps a PACT v2.x ProductFootprint to v3 (3.0.0): renamed fields, numbers that v3 sends as decimal strings, the
 * v2 enum spellings of standards, CPC codes as classification URNs. What v3 has no place for is dropped and named
 * in the notes, so nothing disappears silently. The result is then validated against the v3 schema like any v3
 * document.
 */
public final class PactV2Mapper {
    public static final String TARGET_VERSION = "3.0.0";
    private static final Map<String, String> PCF_RENAMES = Map.of(
            "declaredUnit", "declaredUnitOfMeasurement",
            "unitaryProductAmount", "declaredUnitAmount",
            "pCfExcludingBiogenic", "pcfExcludingBiogenicUptake",
            "pCfIncludingBiogenic", "pcfIncludingBiogenicUptake",
            "dLucGhgEmissions", "landUseChangeGhgEmissions");
    private static final Map<String, String> STANDARDS = Map.of(
            "GHG Protocol Product standard", "GHGP-Product",
            "ISO Standard 14067", "ISO14067",
            "ISO Standard 14044", "ISO14044");
    private static final Set<String> DECIMALS_AS_STRINGS = Set.of("exemptedEmissionsPercent", "primaryDataShare");

    private PactV2Mapper() {
    }

    /** The v3 document and what the mapping changed or dropped. */
    public record Mapped(ObjectNode footprint, List<String> notes) {
    }

    public static boolean isV2(JsonNode footprint) {
        return footprint.path("specVersion").asText("").startsWith("2.");
    }

    public static Mapped toV3(JsonNode v2, Set<String> footprintFields, Set<String> pcfFields) {
        List<String> notes = new ArrayList<>();
        ObjectNode v3 = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = v2.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("pcf") || name.equals("specVersion")) {
                continue;
            }
            if (name.equals("productCategoryCpc")) {
                v3.putArray("productClassifications")
                        .add("urn:pact:productclassification:un-cpc:" + field.getValue().asText());
                notes.add("productCategoryCpc mapped to productClassifications");
            } else if (footprintFields.contains(name)) {
                v3.set(name, field.getValue());
            } else {
                notes.add(name + " dropped: not in PACT v3");
            }
        }
        v3.put("specVersion", TARGET_VERSION);
        notes.add("specVersion " + v2.path("specVersion").asText() + " mapped to " + TARGET_VERSION);
        v3.set("pcf", pcf(v2.path("pcf"), pcfFields, notes));
        return new Mapped(v3, notes);
    }

    private static ObjectNode pcf(JsonNode v2, Set<String> pcfFields, List<String> notes) {
        ObjectNode pcf = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = v2.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = PCF_RENAMES.getOrDefault(field.getKey(), field.getKey());
            JsonNode value = field.getValue();
            if (field.getKey().equals("characterizationFactors")) {
                pcf.putArray("ipccCharacterizationFactors").add(value.asText());
                continue;
            }
            if (field.getKey().equals("crossSectoralStandardsUsed")) {
                if (!v2.has("crossSectoralStandards")) {
                    ArrayNode standards = pcf.putArray("crossSectoralStandards");
                    value.forEach(standard -> standards.add(STANDARDS.getOrDefault(standard.asText(),
                            standard.asText())));
                }
                continue;
            }
            if (!pcfFields.contains(name)) {
                notes.add("pcf." + field.getKey() + " dropped: not in PACT v3");
                continue;
            }
            if (DECIMALS_AS_STRINGS.contains(name) && value.isNumber()) {
                pcf.put(name, value.decimalValue().toPlainString());
            } else {
                pcf.set(name, value);
            }
        }
        if (!pcf.has("productMassPerDeclaredUnit") && "kilogram".equals(pcf.path("declaredUnitOfMeasurement")
                .asText()) && pcf.has("declaredUnitAmount")) {
            pcf.set("productMassPerDeclaredUnit", pcf.get("declaredUnitAmount"));
            notes.add("pcf.productMassPerDeclaredUnit set to declaredUnitAmount (declared unit is kilogram)");
        }
        return pcf;
    }
}
