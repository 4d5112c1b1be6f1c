package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisclosureWorkflowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aSubmittedDisclosureIsAcceptedAndItsFullContentIsPublished() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String evidence = SupplierApi.uploadPdf(supplier);
        String certificate = SupplierApi.uniqueCertificate();
        String id = given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, certificate, evidence))
                .when().post(supplier.disclosures())
                .then().statusCode(201)
                .header("Location", containsString(supplier.disclosures() + "/"))
                .body("status", is("draft"))
                .body("revision", is(1))
                .body("lines[0].amount", is("38000.5"))
                .body("lines[0].evidenceIds", contains(evidence))
                .body("greenCertificates[0].certificateId", is(certificate))
                .extract().path("id");

        given().auth().oauth2(supplier.token()).when().post(supplier.disclosures() + "/" + id + "/submit")
                .then().statusCode(200).body("status", is("submitted"));
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body("{\"comment\": \"fine\"}")
                .when().post(supplier.disclosures() + "/" + id + "/accept")
                .then().statusCode(403).contentType(startsWith(PROBLEM_JSON));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body("{\"comment\": \"Bills match the meter log\"}")
                .when().post(supplier.disclosures() + "/" + id + "/accept")
                .then().statusCode(200).body("status", is("accepted"))
                .body("reviewComment", is("Bills match the meter log"))
                .body("reviewedBy", is("test-buyer"));

        DisclosureAccepted event = awaitEvent(id, DisclosureAccepted.ACCEPTED);
        assertEquals(supplier.supplierId(), event.supplierId());
        assertEquals("ELECTROREFINING", event.process());
        assertEquals(new BigDecimal("38000.5"), event.lines().get(0).amount());
        assertEquals("post_consumer", event.lines().get(1).scrapKind());
        assertEquals(new BigDecimal("350"), event.lines().get(2).distanceKm());
        assertEquals(certificate, event.certificates().get(0).certificateId());
        assertEquals(1, event.evidence().size());
        assertEquals(64, event.evidence().get(0).sha256().length());
        assertEquals("CN-JX", event.facility().provinceCode());
        assertEquals("test-buyer", event.reviewedBy());
    }

    @Test
    void aRejectionCarriesItsReasonToTheSupplierWhoCorrectsAndTheCorrectionSupersedes() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String first = submitted(supplier, SupplierApi.disclosure(supplier, null, null));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post(supplier.disclosures() + "/" + first + "/reject")
                .then().statusCode(400).body("violations[0].field", is("reason"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"reason\": \"natural gas is missing\"}")
                .when().post(supplier.disclosures() + "/" + first + "/reject")
                .then().statusCode(200).body("status", is("rejected"));
        given().auth().oauth2(supplier.token()).queryParam("status", "rejected")
                .when().get(supplier.disclosures())
                .then().statusCode(200).body("reviewComment", contains("natural gas is missing"));

        String second = given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, null, null))
                .when().post(supplier.disclosures() + "/" + first + "/corrections")
                .then().statusCode(201).body("revision", is(2)).body("supersedes", is(first))
                .body("status", is("draft")).extract().path("id");
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, null, null))
                .when().post(supplier.disclosures() + "/" + first + "/corrections")
                .then().statusCode(409).body("code", is("NOT_LATEST_VERSION"));
        given().auth().oauth2(supplier.token()).when().post(supplier.disclosures() + "/" + second + "/submit")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post(supplier.disclosures() + "/" + second + "/accept").then().statusCode(200);

        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures() + "/" + second + "/history")
                .then().statusCode(200)
                .body("id", contains(first, second))
                .body("status", contains("superseded", "accepted"))
                .body("[0].supersededBy", is(second))
                .body("[0].reviewComment", is("natural gas is missing"));
    }

    @Test
    void anAcceptedVersionSupersededByAnAcceptedCorrectionIsAnnouncedAsSuperseded() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String first = submitted(supplier, SupplierApi.disclosure(supplier, null, null));
        accept(supplier, first);
        String second = given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, null, null))
                .when().post(supplier.disclosures() + "/" + first + "/corrections")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(supplier.token()).when().post(supplier.disclosures() + "/" + second + "/submit")
                .then().statusCode(200);
        accept(supplier, second);

        DisclosureAccepted superseded = awaitEvent(first, DisclosureAccepted.SUPERSEDED);
        assertEquals(UUID.fromString(second), superseded.supersededBy());
        DisclosureAccepted accepted = awaitEvent(first, DisclosureAccepted.ACCEPTED);
        assertEquals(true, superseded.version() > accepted.version(), "versions grow");
    }

    @Test
    void aSubmittedDisclosureIsFrozenAndADraftNeedsIfMatch() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String body = SupplierApi.disclosure(supplier, null, null);
        String id = given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(body)
                .when().post(supplier.disclosures()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(body)
                .when().put(supplier.disclosures() + "/" + id).then().statusCode(428);
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(body).header("If-Match", "\"7\"")
                .when().put(supplier.disclosures() + "/" + id).then().statusCode(412);
        String etag = given().auth().oauth2(supplier.token()).when().get(supplier.disclosures() + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(body.replace("38000.5", "39000")).header("If-Match", etag)
                .when().put(supplier.disclosures() + "/" + id)
                .then().statusCode(200).body("lines[0].amount", is("39000"));
        given().auth().oauth2(supplier.token()).when().post(supplier.disclosures() + "/" + id + "/submit")
                .then().statusCode(200);
        String submittedEtag = given().auth().oauth2(supplier.token()).when().get(supplier.disclosures() + "/" + id)
                .then().extract().header("ETag");
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(body)
                .header("If-Match", submittedEtag)
                .when().put(supplier.disclosures() + "/" + id)
                .then().statusCode(409).body("code", is("DISCLOSURE_FROZEN"));
        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures() + "/" + id)
                .then().body("lines[0].amount", is("39000")).body("status", is("submitted"));
    }

    @Test
    void invalidContentIsRefusedFieldByFieldAndNothingIsStored() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String bad = SupplierApi.disclosure(supplier, null, null)
                .replace("\"MWh\"", "\"MWhh\"").replace("\"ELECTROREFINING\"", "\"ROD_UPCAST\"")
                .replace("\"post_consumer\"", "\"internal\"");
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(bad)
                .when().post(supplier.disclosures())
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", contains("lines[0].unit", "lines[1].scrapKind", "process"))
                .body("violations[2].message", startsWith("facility Guixi smelter does not operate ROD_UPCAST"));
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, null, UUID.randomUUID().toString()))
                .when().post(supplier.disclosures())
                .then().statusCode(400).body("violations.field", hasItem("lines[0].evidenceIds[0]"));
        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures())
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void implausibleValuesAreStoredWithFlagsForTheReviewer() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, null, null).replace("38000.5", "90000"))
                .queryParam("submit", true)
                .when().post(supplier.disclosures())
                .then().statusCode(201)
                .body("flags[0].field", is("lines[0]"))
                .body("flags[0].message", startsWith("electricity is 900 kWh/t of cathode"))
                .body("flags[0].rangeSource", startsWith("Schlesinger"));
        given().auth().oauth2(TestTokens.buyer()).when().get("/api/v1/disclosures?limit=500")
                .then().statusCode(200)
                .body("find { it.supplierId == '" + supplier.supplierId() + "' }.flags[0].rangeSource",
                        startsWith("Schlesinger"));
    }

    private static String submitted(Registered supplier, String body) {
        return given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(body)
                .queryParam("submit", true)
                .when().post(supplier.disclosures()).then().statusCode(201).body("status", is("submitted"))
                .extract().path("id");
    }

    private static void accept(Registered supplier, String id) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post(supplier.disclosures() + "/" + id + "/accept").then().statusCode(200);
    }

    private DisclosureAccepted awaitEvent(String disclosureId, String status) {
        return await().atMost(PATIENCE).until(() -> {
            List<CloudEvent> events = new TopicProbe(broker.bootstrapServers()).events(Topics.DISCLOSURES);
            return events.stream().filter(event -> disclosureId.equals(event.subject()))
                    .map(event -> event.dataAs(EventTypes.DISCLOSURE_ACCEPTED))
                    .filter(payload -> payload.status().equals(status)).findFirst().orElse(null);
        }, payload -> payload != null);
    }
}
