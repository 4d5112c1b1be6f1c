package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.copperpcf.supplier.SupplierApi.SUPPLIERS;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * PACT import against the spec's own examples ({@code ../../shared/pact/v3/examples}): every footprint in the
 * examples that conform to the normative schema (and carry no property v3 does not define) is imported (under a
 * fresh id, as two examples share one), the examples that still carry removed v2 fields are refused, the spec's deliberately invalid one is refused field by
 * field, and a v2.3 footprint is mapped to v3.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PactImportTest {
    private static final Path EXAMPLES = Path.of("../../shared/pact/v3/examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Example files whose footprints conform to the v3 schema with no unknown property. */
    private static final List<String> VALID = List.of("example-3.json", "example-4.json");

    static Stream<String> validExamples() {
        return VALID.stream();
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void importsEveryFootprintOfAValidExample(String file) throws IOException {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        List<JsonNode> footprints = footprints(file);
        assertFalse(footprints.isEmpty(), file);
        for (JsonNode example : footprints) {
            ObjectNode footprint = example.deepCopy();
            footprint.put("id", UUID.randomUUID().toString());
            given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(footprint.toString())
                    .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/product-footprints")
                    .then().log().ifValidationFails().statusCode(201)
                    .body("id", is(footprint.get("id").asText()))
                    .body("footprint.pcf.pcfExcludingBiogenicUptake",
                            is(footprint.get("pcf").get("pcfExcludingBiogenicUptake").asText()));
        }
    }

    @Test
    void refusesTheInvalidExampleNamingItsFields() throws IOException {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        JsonNode invalid = footprints("invalid-response-all-properties.json").get(0);
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(invalid.toString())
                .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/product-footprints")
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", hasItem(startsWith("pcf")));
        given().auth().oauth2(supplier.token())
                .when().get(SUPPLIERS + "/" + supplier.supplierId() + "/product-footprints")
                .then().statusCode(200).body("size()", is(0));
    }

    /** The spec's older examples still carry fields v3 removed (domain brief §7); they are refused, naming them. */
    @ParameterizedTest
    @CsvSource({"example-1.json,pcf.otherOperatorName", "example-2.json,pcf.otherOperatorName",
            "get-footprint-response.json,pcf.biogenicAccountingMethodology",
            "list-footprints-response.json,pcf.biogenicAccountingMethodology"})
    void refusesExamplesCarryingRemovedV2Fields(String file, String field) throws IOException {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(footprints(file).get(0).toString())
                .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/product-footprints")
                .then().statusCode(400).body("violations.field", hasItem(field));
    }

    @Test
    void refusesASignThatTheSpecPatternLetsThrough() throws IOException {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        ObjectNode footprint = (ObjectNode) footprints("example-3.json").get(0).deepCopy();
        ((ObjectNode) footprint.get("pcf")).put("declaredUnitAmount", "-0.5");
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(footprint.toString())
                .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/product-footprints")
                .then().statusCode(400).body("violations.field", hasItem("pcf.declaredUnitAmount"));
    }

    @Test
    void mapsAV2FootprintToV3() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String v2 = """
                {"id": "3f1a2b3c-4d5e-4f60-8a1b-2c3d4e5f6a7b", "specVersion": "2.3.0", "version": 1,
                 "created": "2025-03-01T00:00:00Z", "status": "Active", "companyName": "Jiangxi Example Copper",
                 "companyIds": ["urn:pact:copperpcf.org:company-id:91350100M000100Y43"],
                 "productDescription": "Copper rod 8 mm", "productIds": ["urn:pact:copperpcf.org:product-id:rod-8"],
                 "productCategoryCpc": "41512", "productNameCompany": "Rod 8", "comment": "",
                 "pcf": {"declaredUnit": "kilogram", "unitaryProductAmount": "1", "pCfExcludingBiogenic": "4.1",
                         "pCfIncludingBiogenic": "4.1", "fossilGhgEmissions": "4.1", "fossilCarbonContent": "0",
                         "biogenicCarbonContent": "0", "characterizationFactors": "AR6",
                         "ipccCharacterizationFactorsSources": ["AR6"],
                         "crossSectoralStandardsUsed": ["ISO Standard 14067"],
                         "boundaryProcessesDescription": "cradle to gate", "exemptedEmissionsPercent": 0,
                         "exemptedEmissionsDescription": "", "packagingEmissionsIncluded": false,
                         "referencePeriodStart": "2024-01-01T00:00:00Z", "referencePeriodEnd": "2025-01-01T00:00:00Z",
                         "geographyCountry": "CN", "primaryDataShare": 56.12}}""";
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(v2)
                .when().post(SUPPLIERS + "/" + supplier.supplierId() + "/product-footprints")
                .then().log().ifValidationFails().statusCode(201)
                .body("receivedSpecVersion", is("2.3.0"))
                .body("footprint.specVersion", is("3.0.0"))
                .body("footprint.pcf.declaredUnitOfMeasurement", is("kilogram"))
                .body("footprint.pcf.pcfExcludingBiogenicUptake", is("4.1"))
                .body("footprint.pcf.crossSectoralStandards[0]", is("ISO14067"))
                .body("footprint.pcf.primaryDataShare", is("56.12"))
                .body("footprint.productClassifications[0]", is("urn:pact:productclassification:un-cpc:41512"))
                .body("mappingNotes", hasItems("version dropped: not in PACT v3",
                        "pcf.ipccCharacterizationFactorsSources dropped: not in PACT v3"));
    }

    /** The footprints in an example file: the file itself, or its {@code data} object or array. */
    private static List<JsonNode> footprints(String file) throws IOException {
        JsonNode json = JSON.readTree(Files.readString(EXAMPLES.resolve(file)));
        JsonNode data = json.has("data") ? json.get("data") : json;
        List<JsonNode> footprints = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(footprints::add);
        } else {
            footprints.add(data);
        }
        return footprints;
    }
}
