package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.copperpcf.supplier.SupplierApi.SUPPLIERS;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A pushed PACT footprint is announced on pcf.supplier-footprints.v1; a successor deprecates its predecessor. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SupplierFootprintEventTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String COMPANY_ID = "urn:pact:copperpcf.org:company-id:91350100M000100Y43";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void anImportedFootprintIsAnnouncedWithItsContentAndTheWholeDocument() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        UUID id = UUID.randomUUID();
        String document = footprint(id, "Copper cathode, grade A", "cathode-a", List.of());
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(document)
                .when().post(footprints(supplier))
                .then().log().ifValidationFails().statusCode(201)
                .body("product", is("cathode")).body("version", is(0));

        SupplierFootprintReceived event = awaitEvent(id, SupplierFootprintReceived.ACTIVE);
        assertEquals(id, event.pfId());
        assertEquals(0, event.version());
        assertEquals(supplier.supplierId(), event.supplierId());
        assertEquals(List.of(COMPANY_ID), event.companyIds());
        assertEquals("Jiangxi Example Copper", event.companyName());
        assertEquals(List.of("urn:pact:copperpcf.org:product-id:cathode-a"), event.productIds());
        assertEquals("Copper cathode, grade A", event.productDescription());
        assertEquals("cathode", event.product());
        assertEquals(List.of(), event.precedingPfIds());
        assertEquals("kilogram", event.declaredUnit());
        assertEquals(new BigDecimal("1"), event.declaredUnitAmount());
        assertEquals(new BigDecimal("1.000"), event.productMassPerDeclaredUnit());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), event.referencePeriodStart());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), event.referencePeriodEnd());
        assertEquals("CN-JX", event.geography());
        assertEquals(new BigDecimal("3.850"), event.pcfExcludingBiogenicUptake());
        assertEquals(new BigDecimal("3.84"), event.pcfIncludingBiogenicUptake());
        assertEquals(new BigDecimal("3.80"), event.fossilGhgEmissions());
        assertEquals(new BigDecimal("56.12"), event.primaryDataShare());
        assertTrue(event.receivedAt() != null);
        JsonNode sent = EventJson.readTree(document);
        assertEquals(sent, event.document(), "the whole v3 document travels unchanged");
    }

    @Test
    void aSuccessorDeprecatesItsPredecessorWhichIsAnnouncedAgain() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(footprint(first, "Copper wire rod 8 mm", "rod-8", List.of())).queryParam("product", "rod")
                .when().post(footprints(supplier)).then().statusCode(201);
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(footprint(second, "Copper wire rod 8 mm", "rod-8", List.of(first, UUID.randomUUID())))
                .when().post(footprints(supplier)).then().statusCode(201).body("product", is("rod"));

        SupplierFootprintReceived deprecated = awaitEvent(first, SupplierFootprintReceived.DEPRECATED);
        SupplierFootprintReceived original = awaitEvent(first, SupplierFootprintReceived.ACTIVE);
        assertTrue(deprecated.version() > original.version(), "versions grow");
        assertEquals("Deprecated", deprecated.document().get("status").asText());
        assertEquals("rod", deprecated.product());
        assertEquals(original.pcfExcludingBiogenicUptake(), deprecated.pcfExcludingBiogenicUptake());
        SupplierFootprintReceived successor = awaitEvent(second, SupplierFootprintReceived.ACTIVE);
        assertEquals(first, successor.precedingPfIds().get(0));

        given().auth().oauth2(supplier.token()).when().get(footprints(supplier) + "/" + first)
                .then().statusCode(200).body("footprint.status", is("Deprecated")).body("version", is(1));
        given().auth().oauth2(supplier.token()).when().get(footprints(supplier) + "/" + second)
                .then().statusCode(200).body("footprint.status", is("Active"));
    }

    @Test
    void anotherSuppliersFootprintIsNotDeprecatedByNamingIt() {
        Registered owner = SupplierApi.registerSupplierWithFacility();
        Registered other = SupplierApi.registerSupplierWithFacility();
        UUID theirs = UUID.randomUUID();
        given().auth().oauth2(owner.token()).contentType(ContentType.JSON)
                .body(footprint(theirs, "Copper cathode", "c-1", List.of()))
                .when().post(footprints(owner)).then().statusCode(201);
        given().auth().oauth2(other.token()).contentType(ContentType.JSON)
                .body(footprint(UUID.randomUUID(), "Copper cathode", "c-2", List.of(theirs)))
                .when().post(footprints(other)).then().statusCode(201);
        given().auth().oauth2(owner.token()).when().get(footprints(owner) + "/" + theirs)
                .then().statusCode(200).body("footprint.status", is("Active")).body("version", is(0));
    }

    @Test
    void anAmbiguousProductStaysUnknownAndAnUnknownCodeIsRefused() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        UUID id = UUID.randomUUID();
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(footprint(id, "Copper tube made from cathode", "tube-9", List.of()))
                .when().post(footprints(supplier)).then().statusCode(201).body("product", nullValue());
        assertNull(awaitEvent(id, SupplierFootprintReceived.ACTIVE).product());

        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).queryParam("product", "wire")
                .body(footprint(UUID.randomUUID(), "Copper wire", "w-1", List.of()))
                .when().post(footprints(supplier))
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("violations[0].field", is("product"));
    }

    private static String footprints(Registered supplier) {
        return SUPPLIERS + "/" + supplier.supplierId() + "/product-footprints";
    }

    private static String footprint(UUID id, String description, String productId, List<UUID> predecessors) {
        String preceding = predecessors.isEmpty() ? "" : "\"precedingPfIds\": ["
                + String.join(", ", predecessors.stream().map(p -> "\"" + p + "\"").toList()) + "], ";
        return """
                {"id": "%s", "specVersion": "3.0.0", %s"created": "2026-03-01T00:00:00Z", "status": "Active",
                 "companyName": "Jiangxi Example Copper", "companyIds": ["%s"],
                 "productDescription": "%s", "productIds": ["urn:pact:copperpcf.org:product-id:%s"],
                 "productNameCompany": "Product %s",
                 "pcf": {"declaredUnitOfMeasurement": "kilogram", "declaredUnitAmount": "1",
                         "productMassPerDeclaredUnit": "1.000", "referencePeriodStart": "2025-01-01T00:00:00Z",
                         "referencePeriodEnd": "2026-01-01T00:00:00Z", "geographyCountrySubdivision": "CN-JX",
                         "pcfExcludingBiogenicUptake": "3.850", "pcfIncludingBiogenicUptake": "3.84",
                         "fossilGhgEmissions": "3.80", "fossilCarbonContent": "0",
                         "ipccCharacterizationFactors": ["AR6"], "crossSectoralStandards": ["ISO14067"],
                         "exemptedEmissionsPercent": "0", "primaryDataShare": "56.12"}}"""
                .formatted(id, preceding, COMPANY_ID, description, productId, productId);
    }

    private SupplierFootprintReceived awaitEvent(UUID pfId, String status) {
        return await().atMost(PATIENCE).until(() -> {
            List<CloudEvent> events = new TopicProbe(broker.bootstrapServers()).events(Topics.SUPPLIER_FOOTPRINTS);
            return events.stream().filter(event -> pfId.toString().equals(event.subject()))
                    .map(event -> event.dataAs(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED))
                    .filter(payload -> payload.status().equals(status)).findFirst().orElse(null);
        }, payload -> payload != null);
    }
}
