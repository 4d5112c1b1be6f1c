package org.copperpcf.certification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.certification.report.RenderedPdf;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.LineContribution;
import org.copperpcf.contracts.footprint.FootprintPublished.SupplierInput;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CertificationWorkflowTest {
    private static final String APPLICATIONS = "/api/v1/certification-applications";
    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final String PUBLIC = "/api/v1/public/certificates/";
    private static final String ROD = "low-carbon-copper-rod";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final UUID E1 = UUID.fromString("e1000000-0000-4000-8000-000000000001");
    private static final UUID E2 = UUID.fromString("e2000000-0000-4000-8000-000000000002");

    @InjectBroker
    EmbeddedKafkaBroker broker;

    /** A supplier's rod footprint whose lineage names one disclosure of four lines (the last weighs nothing). */
    private record Scenario(UUID supplier, UUID facility, DisclosureAccepted disclosure, FootprintPublished footprint) {
        String supplierToken() {
            return TestTokens.supplier(supplier);
        }
    }

    @Test
    void anApplicationGoesThroughReviewToACertificateThatIsSuspendedReinstatedAndRevoked() {
        Scenario s = published("1.8");
        String key = UUID.randomUUID().toString();
        String id = apply(s.supplierToken(), s.footprint(), key).statusCode(201)
                .header("Location", containsString(APPLICATIONS + "/"))
                .body("status", is("submitted"))
                .body("holder.supplierId", is(s.supplier().toString()))
                .body("holder.facilityId", is(s.facility().toString()))
                .body("footprint.versionId", is(s.footprint().versionId().toString()))
                .body("footprint.resultHash", is(s.footprint().resultHash()))
                .body("criteriaSet.key", is(ROD))
                .body("contact.email", is("li.wei@rod-mill.example"))
                .extract().path("id");
        apply(s.supplierToken(), s.footprint(), key).statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is(id));
        String app = APPLICATIONS + "/" + id;

        as(TestTokens.certifier()).post(app + "/review").then().statusCode(200)
                .body("status", is("under-review")).body("reviewer", is("test-certifier"));
        as(TestTokens.certifier()).post(app + "/review").then().statusCode(409).body("code", is("APPLICATION_STATE"));

        // Nothing recorded yet: no evaluation.
        decide(TestTokens.certifier(), app, "grant", null).statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("code", is("GRANT_BLOCKED")).body("violations.field", contains("evaluation"));

        JsonPath sample = draw(app, Map.of("seed", 42, "lines", 3, "evidenceFiles", 1))
                .body("seed", is("42")).body("seedOrigin", is("given")).body("algorithm", is("es-splittable-v1"))
                .body("population.lines", is(4)).body("population.evidenceFiles", is(2))
                .body("population.hash", startsWith("sha256:"))
                .body("requested.lines", is(3)).body("requested.evidenceFiles", is(1))
                .body("weightRules." + s.disclosure().disclosureId(), is("line-contribution"))
                .body("items.size()", is(4))
                .body("items.findAll { it.kind == 'line' }.lineNo", containsInAnyOrder(1, 2, 3))
                .body("items.findAll { it.kind == 'line' }.rank", contains(1, 2, 3))
                .body("items.find { it.kind == 'evidence' }.itemNo", is(4))
                .body("items.find { it.kind == 'evidence' }.weightRule", is("sum-of-citing-lines"))
                .body("items.find { it.lineNo == 1 }.weight", is("0.5"))
                .body("items.find { it.lineNo == 2 }.detail.evidenceIds", contains(E1.toString(), E2.toString()))
                .body("items.outcome", everyItem(nullValue()))
                .extract().jsonPath();
        String samplePath = app + "/samples/" + sample.getString("id");
        String evidence = sample.getString("items.find { it.kind == 'evidence' }.evidenceId");
        // E1 is cited by lines 1 and 2 (0.5 + 0.3), E2 by lines 2 and 3 (0.3 + 0.1)
        assertEquals(E1.equals(UUID.fromString(evidence)) ? "0.8" : "0.4",
                sample.getString("items.find { it.kind == 'evidence' }.weight"));

        String major = as(TestTokens.certifier()).body(Map.of("severity", "major", "clause", "GB/T 24067-2024 6.3.4",
                        "text", "No meter log for line 2")).post(app + "/findings").then().statusCode(201)
                .body("status", is("open")).body("severity", is("major")).extract().path("id");
        as(TestTokens.certifier()).body(Map.of("severity", "minor", "text", "Typo in the flow diagram"))
                .post(app + "/findings").then().statusCode(201);
        as(TestTokens.certifier()).post(app + "/evaluation").then().statusCode(201)
                .header("Location", containsString("/api/v1/evaluations/")).body("overall", is("pass"));

        check(samplePath, 1, "nonconforming", "Bill shows 1,100 kWh, not 1,000").statusCode(200)
                .body("items.find { it.itemNo == 1 }.outcome", is("nonconforming"));
        decide(TestTokens.certifier(), app, "grant", null).statusCode(409)
                .body("violations.field", hasItems("findings[" + major + "]", "samples[" + sample.getString("id")
                        + "].items[1]", "samples[" + sample.getString("id") + "].items[2]"))
                .body("violations.find { it.field.endsWith('items[1]') }.message", is("is nonconforming"))
                .body("violations.find { it.field.endsWith('items[2]') }.message", is("is not checked"))
                .body("violations.field", not(hasItem("evaluation")));

        check(samplePath, 1, "conforming", "Corrected bill seen on site").statusCode(200)
                .body("items.find { it.itemNo == 1 }.outcome", is("conforming"))
                .body("items.find { it.itemNo == 1 }.checks.outcome", contains("nonconforming", "conforming"))
                .body("items.find { it.itemNo == 1 }.checks.checkedBy", everyItem(is("test-certifier")));
        for (int item = 2; item <= 4; item++) {
            check(samplePath, item, item == 3 ? "not-verifiable" : "conforming", "seen").statusCode(200);
        }
        decide(TestTokens.certifier(), app, "grant", null).statusCode(409)
                .body("violations.field", contains("findings[" + major + "]"));
        as(TestTokens.certifier()).body(Map.of("resolution", "Meter log supplied"))
                .post(app + "/findings/" + major + "/close").then().statusCode(200)
                .body("status", is("closed")).body("closedBy", is("test-certifier"));

        String decisionKey = UUID.randomUUID().toString();
        String certificateId = decide(TestTokens.certifier(), app, "grant", decisionKey).statusCode(200)
                .body("status", is("decided")).body("decision", is("granted")).body("decidedBy", is("test-certifier"))
                .body("certificateId", matchesPattern("CPCF-\\d{4}-\\d{6}"))
                .extract().path("certificateId");
        decide(TestTokens.certifier(), app, "grant", decisionKey).statusCode(200)
                .header("Idempotent-Replayed", "true").body("certificateId", is(certificateId));
        decide(TestTokens.certifier(), app, "refuse", null).statusCode(409).body("code", is("APPLICATION_STATE"));
        assertEquals(String.valueOf(Instant.now().atZone(ZoneOffset.UTC).getYear()), certificateId.substring(5, 9));

        JsonPath certificate = as(TestTokens.certifier()).get(CERTIFICATES + "/" + certificateId).then()
                .statusCode(200)
                .body("status", is("valid")).body("applicationId", is(id)).body("certifier", is("test-certifier"))
                .body("scope.product", is("copper.rod")).body("scope.declaredUnit", is("1 kg"))
                .body("scope.kgCo2e", is("1.8")).body("scope.resultHash", is(s.footprint().resultHash()))
                .body("scope.footprintVersionId", is(s.footprint().versionId().toString()))
                .body("scope.footprintVersion", is(1))
                .body("scope.criteriaSet.key", is(ROD)).body("scope.criteriaSet.version", is(1))
                .body("scope.holder.supplierId", is(s.supplier().toString()))
                .body("surveillanceDates.size()", is(1))
                .body("history.to", contains("valid"))
                .extract().jsonPath();
        Instant validFrom = Instant.parse(certificate.getString("validFrom"));
        assertEquals(validFrom.atZone(ZoneOffset.UTC).plusYears(2).toInstant(),
                Instant.parse(certificate.getString("validUntil")));
        assertEquals(validFrom.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(12).toString(),
                certificate.getString("surveillanceDates[0]"));
        as(s.supplierToken()).get(CERTIFICATES + "/" + certificateId).then().statusCode(200)
                .body("id", is(certificateId));
        as(TestTokens.supplier(UUID.randomUUID())).get(CERTIFICATES + "/" + certificateId).then().statusCode(403);
        as(TestTokens.buyer()).get(CERTIFICATES + "/" + certificateId).then().statusCode(403);
        as(s.supplierToken()).get(app).then().statusCode(200).body("certificateId", is(certificateId));

        given().when().get(PUBLIC + certificateId).then().statusCode(200)
                .body("certificateId", is(certificateId)).body("status", is("valid"))
                .body("holder.supplierId", is(s.supplier().toString())).body("product", is("copper.rod"))
                .body("declaredUnit", is("1 kg")).body("kgCo2e", is("1.8"))
                .body("validFrom", is(certificate.getString("validFrom")))
                .body("validUntil", is(certificate.getString("validUntil")))
                .body("resultHash", is(s.footprint().resultHash()));

        byte[] pdf = as(s.supplierToken()).get(CERTIFICATES + "/" + certificateId + "/certificate.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        RenderedPdf.of(pdf, "certificate-" + certificateId).assertNotBlank().assertContains(certificateId,
                s.footprint().resultHash(), "/api/v1/public/certificates/" + certificateId);
        as(TestTokens.buyer()).get(CERTIFICATES + "/" + certificateId + "/certificate.pdf").then().statusCode(403);

        String cert = CERTIFICATES + "/" + certificateId;
        as(s.supplierToken()).body(Map.of("reason", "self-suspension")).post(cert + "/suspend").then().statusCode(403);
        as(TestTokens.certifier()).body(Map.of("reason", "")).post(cert + "/suspend").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(TestTokens.certifier()).body(Map.of("reason", "Surveillance: 2026 electricity data unsupported"))
                .post(cert + "/suspend").then().statusCode(200).body("status", is("suspended"));
        given().when().get(PUBLIC + certificateId).then().statusCode(200).body("status", is("suspended"));
        as(TestTokens.certifier()).body(Map.of("reason", "again")).post(cert + "/suspend").then().statusCode(409)
                .body("code", is("CERTIFICATE_STATE"));
        as(TestTokens.certifier()).body(Map.of("reason", "Corrected data verified"))
                .post(cert + "/reinstate").then().statusCode(200).body("status", is("valid"));
        given().when().get(PUBLIC + certificateId).then().statusCode(200).body("status", is("valid"));
        as(TestTokens.certifier()).body(Map.of("reason", "Fraudulent meter readings"))
                .post(cert + "/revoke").then().statusCode(200).body("status", is("revoked"))
                .body("history.to", contains("valid", "suspended", "valid", "revoked"))
                .body("history.from", contains(null, "valid", "suspended", "valid"))
                .body("history.reason", hasItem("Fraudulent meter readings"));
        given().when().get(PUBLIC + certificateId).then().statusCode(200).body("status", is("revoked"));
        as(TestTokens.certifier()).body(Map.of("reason", "mistake")).post(cert + "/reinstate").then().statusCode(409);

        as(TestTokens.certifier()).queryParam("supplierId", s.supplier()).get(CERTIFICATES).then().statusCode(200)
                .body("id", contains(certificateId)).body("status", contains("revoked"));
        as(TestTokens.certifier()).queryParam("supplierId", s.supplier()).queryParam("status", "valid")
                .get(CERTIFICATES).then().statusCode(200).body("size()", is(0));
        as(s.supplierToken()).get(CERTIFICATES).then().statusCode(200).body("scope.holder.supplierId",
                everyItem(is(s.supplier().toString())));

        as(TestTokens.certifier()).queryParam("entityType", "certificate").queryParam("entityId", certificateId)
                .get("/api/v1/audit").then().statusCode(200)
                .body("action", contains("certificate-issued", "certificate-suspended", "certificate-reinstated",
                        "certificate-revoked"))
                .body("supplierId", everyItem(is(s.supplier().toString())));
        as(TestTokens.certifier()).queryParam("entityType", "certification-application").queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("action", contains("certification-applied", "certification-review-started",
                        "certification-evaluated", "certification-granted"))
                .body("actor", contains("test-supplier-" + s.supplier(), "test-certifier", "test-certifier",
                        "test-certifier"));
        as(TestTokens.certifier()).queryParam("action", "sample-item-checked").queryParam("supplierId", s.supplier())
                .get("/api/v1/audit").then().statusCode(200).body("size()", is(5));
    }

    @Test
    void aFailedCriterionBlocksAGrantAndTheApplicationCanBeRefused() {
        Scenario s = published("2.5");
        String app = APPLICATIONS + "/" + apply(TestTokens.admin(), s.footprint(), null).statusCode(201)
                .body("applicant", is("test-admin")).extract().path("id");
        as(TestTokens.certifier()).post(app + "/review").then().statusCode(200);
        as(TestTokens.certifier()).post(app + "/evaluation").then().statusCode(201).body("overall", is("fail"));
        decide(TestTokens.certifier(), app, "grant", null).statusCode(409)
                .body("violations.field", contains("evaluation.results[footprint]"));
        decide(TestTokens.certifier(), app, "refuse", null).statusCode(200)
                .body("decision", is("refused")).body("certificateId", nullValue());
        as(TestTokens.certifier()).get(app + "/samples").then().statusCode(200).body("size()", is(0));
        as(TestTokens.admin()).body(Map.of()).post(app + "/withdraw").then().statusCode(409);
    }

    @Test
    void samplingIsReproducibleAndAGeneratedSeedIsRecorded() {
        Scenario s = published("1.8");
        String app = reviewed(s);
        JsonPath first = draw(app, Map.of("seed", 7, "lines", 2, "evidenceFiles", 2)).extract()
                .jsonPath();
        JsonPath again = as(TestTokens.certifier()).body(Map.of("seed", 7, "lines", 2, "evidenceFiles", 2))
                .post(app + "/samples").then().statusCode(201).extract().jsonPath();
        assertNotEquals(first.getString("id"), again.getString("id"));
        assertEquals(first.getString("population.hash"), again.getString("population.hash"));
        assertEquals(selection(first), selection(again));

        JsonPath generated = as(TestTokens.certifier()).body(Map.of("lines", 4, "evidenceFiles", 0))
                .post(app + "/samples").then().statusCode(201)
                .body("seedOrigin", is("generated")).body("seed", notNullValue())
                // line 4 weighs nothing: drawn last, after every positive line
                .body("items.lineNo[3]", is(4)).body("items.weight[3]", is("0"))
                .extract().jsonPath();
        JsonPath redrawn = as(TestTokens.certifier())
                .body(Map.of("seed", Long.parseLong(generated.getString("seed")), "lines", 4, "evidenceFiles", 0))
                .post(app + "/samples").then().statusCode(201).body("seedOrigin", is("given")).extract().jsonPath();
        assertEquals(selection(generated), selection(redrawn));

        as(TestTokens.certifier()).get(app + "/samples/" + first.getString("id")).then().statusCode(200)
                .body("items.size()", is(4));
        as(TestTokens.certifier()).get(app + "/samples").then().statusCode(200).body("size()", is(4));
        as(s.supplierToken()).get(app + "/samples/" + first.getString("id")).then().statusCode(403);
        as(TestTokens.certifier()).body(Map.of("outcome", "fine")).put(app + "/samples/" + first.getString("id")
                + "/items/1").then().statusCode(400).body("violations.field", hasItem("outcome"));
        as(TestTokens.certifier()).body(Map.of("outcome", "conforming")).put(app + "/samples/" + first.getString("id")
                + "/items/99").then().statusCode(404);
        as(TestTokens.certifier()).body(Map.of("lines", -1)).post(app + "/samples").then().statusCode(400)
                .body("violations.field", hasItems("lines", "evidenceFiles"));
    }

    @Test
    void rolesAndOwnershipAreEnforced() {
        Scenario s = published("1.8");
        apply(TestTokens.supplier(UUID.randomUUID()), s.footprint(), null).statusCode(403).body("code", is("FORBIDDEN"));
        apply(TestTokens.certifier(), s.footprint(), null).statusCode(403);
        apply(TestTokens.buyer(), s.footprint(), null).statusCode(403);
        String id = apply(s.supplierToken(), s.footprint(), null).statusCode(201).extract().path("id");
        String app = APPLICATIONS + "/" + id;

        as(TestTokens.buyer()).get(app).then().statusCode(403);
        as(TestTokens.buyer()).get(APPLICATIONS).then().statusCode(403);
        as(TestTokens.buyer()).queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("size()", is(0));
        as(TestTokens.supplier(UUID.randomUUID())).get(app).then().statusCode(403);
        as(TestTokens.supplier(UUID.randomUUID())).get(APPLICATIONS).then().statusCode(200)
                .body("id", not(hasItem(id)));
        as(s.supplierToken()).get(APPLICATIONS).then().statusCode(200).body("id", contains(id));
        as(TestTokens.certifier()).queryParam("supplierId", s.supplier()).get(APPLICATIONS).then().statusCode(200)
                .body("id", contains(id));
        as(TestTokens.supplier(UUID.randomUUID())).queryParam("entityType", "certification-application")
                .queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200).body("size()", is(0));

        as(s.supplierToken()).post(app + "/review").then().statusCode(403);
        as(TestTokens.admin()).post(app + "/review").then().statusCode(403);
        as(TestTokens.certifier()).post(app + "/review").then().statusCode(200);
        as(s.supplierToken()).body(Map.of("severity", "minor", "text", "x")).post(app + "/findings").then()
                .statusCode(403);
        as(s.supplierToken()).body(Map.of("lines", 1, "evidenceFiles", 1)).post(app + "/samples").then()
                .statusCode(403);
        decide(s.supplierToken(), app, "grant", null).statusCode(403);
        decide(TestTokens.buyer(), app, "grant", null).statusCode(403);
        decide(TestTokens.admin(), app, "grant", null).statusCode(403);
        as(s.supplierToken()).body(Map.of("outcome", "conforming")).put(app + "/samples/" + UUID.randomUUID()
                + "/items/1").then().statusCode(403);

        as(TestTokens.supplier(UUID.randomUUID())).body(Map.of()).post(app + "/withdraw").then().statusCode(403);
        as(s.supplierToken()).body(Map.of()).post(app + "/withdraw").then().statusCode(200)
                .body("status", is("withdrawn")).body("withdrawnAt", notNullValue());
        decide(TestTokens.certifier(), app, "refuse", null).statusCode(409);

        given().when().get(PUBLIC + "CPCF-2026-999999").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", is("NOT_FOUND"));
        given().when().get(CERTIFICATES + "/CPCF-2026-999999").then().statusCode(401);
        given().when().get(APPLICATIONS).then().statusCode(401);
    }

    @Test
    void applicationsAreCheckedAgainstTheReplicaAndTheCriteriaSet() {
        Scenario s = published("1.8");
        given().auth().oauth2(s.supplierToken()).contentType(ContentType.JSON)
                .body(Map.of("footprintId", UUID.randomUUID(), "version", 1, "criteriaSetKey", ROD,
                        "criteriaSetVersion", 1, "contact", contact()))
                .when().post(APPLICATIONS).then().statusCode(404).body("code", is("NOT_FOUND"));
        given().auth().oauth2(s.supplierToken()).contentType(ContentType.JSON)
                .body(Map.of("footprintId", s.footprint().footprintId(), "version", 1,
                        "criteriaSetKey", "low-carbon-copper-tube", "criteriaSetVersion", 1, "contact", contact()))
                .when().post(APPLICATIONS).then().statusCode(422).body("code", is("PRODUCT_MISMATCH"));
        given().auth().oauth2(s.supplierToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "criteriaSetKey", ROD, "contact", Map.of("name", "x", "email", "nope")))
                .when().post(APPLICATIONS).then().statusCode(400)
                .body("violations.field", hasItems("footprintId", "version", "criteriaSetVersion"));

        FootprintPublished average = Footprints.rod("1.8", "30", "40", "60", "2", null);
        Footprints.send(broker.bootstrapServers(), average);
        awaitReplicated(average.versionId());
        apply(TestTokens.admin(), average, null).statusCode(422).body("code", is("NO_PRODUCER"));
    }

    @Test
    void applicationListsArePagedAndAVersionHasOneOpenApplication() {
        UUID supplier = UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FootprintPublished footprint = Footprints.produced(supplier, null, "1.8", List.of());
            Footprints.send(broker.bootstrapServers(), footprint);
            awaitReplicated(footprint.versionId());
            ids.add(0, apply(TestTokens.supplier(supplier), footprint, null).statusCode(201).extract().path("id"));
            apply(TestTokens.supplier(supplier), footprint, null).statusCode(409).body("code", is("APPLICATION_OPEN"));
        }
        var first = as(TestTokens.supplier(supplier)).queryParam("limit", 2).get(APPLICATIONS).then().statusCode(200)
                .body("id", contains(ids.get(0), ids.get(1))).extract();
        String next = first.header("Link").replaceAll("^<([^>]*)>.*$", "$1");
        given().auth().oauth2(TestTokens.supplier(supplier)).when().get(next).then().statusCode(200)
                .body("id", contains(ids.get(2)));
        as(TestTokens.certifier()).queryParam("supplierId", supplier).queryParam("status", "submitted")
                .get(APPLICATIONS).then().statusCode(200).body("id", contains(ids.toArray()));
        as(TestTokens.certifier()).queryParam("cursor", "!!").get(APPLICATIONS).then().statusCode(400);
    }

    @Test
    void theDisclosureReplicaKeepsTheNewestVersionOnly() {
        UUID supplier = UUID.randomUUID();
        DisclosureAccepted accepted = Disclosures.accepted(supplier, UUID.randomUUID(), List.of(List.of(E1)));
        Disclosures.send(broker.bootstrapServers(), accepted);
        awaitDisclosure(accepted.disclosureId(), 1);
        var superseded = Disclosures.send(broker.bootstrapServers(),
                Disclosures.later(accepted, 2, DisclosureAccepted.SUPERSEDED));
        awaitDisclosure(accepted.disclosureId(), 2);
        Disclosures.send(broker.bootstrapServers(), accepted);
        new TopicProbe(broker.bootstrapServers()).awaitConsumed("certification-service", Topics.DISCLOSURES,
                PATIENCE);
        as(TestTokens.certifier()).get("/api/v1/replica/disclosures/" + accepted.disclosureId()).then()
                .statusCode(200).body("version", is(2)).body("status", is("superseded"))
                .body("lastEventId", is(superseded.id().toString())).body("lines", is(1)).body("evidenceFiles", is(1));
        as(TestTokens.supplier(supplier)).get("/api/v1/replica/disclosures/" + accepted.disclosureId()).then()
                .statusCode(403);
    }

    private Scenario published(String kgCo2e) {
        UUID supplier = UUID.randomUUID();
        UUID facility = UUID.randomUUID();
        DisclosureAccepted disclosure = Disclosures.accepted(supplier, facility,
                List.of(List.of(E1), List.of(E1, E2), List.of(E2), List.of()));
        FootprintPublished footprint = Footprints.produced(supplier, facility, kgCo2e, List.of(new SupplierInput(
                "producer", supplier, "copper.rod", "disclosure", disclosure.disclosureId(), 1L, "sha256:d",
                "rod-casting", BigDecimal.ONE, List.of(new LineContribution(1, new BigDecimal("0.5")),
                new LineContribution(2, new BigDecimal("-0.3")), new LineContribution(3, new BigDecimal("0.1")),
                new LineContribution(4, BigDecimal.ZERO)))));
        Disclosures.send(broker.bootstrapServers(), disclosure);
        Footprints.send(broker.bootstrapServers(), footprint);
        awaitReplicated(footprint.versionId());
        awaitDisclosure(disclosure.disclosureId(), 1);
        return new Scenario(supplier, facility, disclosure, footprint);
    }

    private String reviewed(Scenario s) {
        String app = APPLICATIONS + "/" + apply(s.supplierToken(), s.footprint(), null).statusCode(201)
                .extract().path("id");
        as(TestTokens.certifier()).post(app + "/review").then().statusCode(200);
        return app;
    }

    private static ValidatableResponse draw(String app, Map<String, Object> request) {
        return as(TestTokens.certifier()).body(request).post(app + "/samples").then().statusCode(201);
    }

    private static List<String> selection(JsonPath sample) {
        return sample.getList("items", Map.class).stream()
                .map(i -> i.get("kind") + ":" + i.get("disclosureId") + "#" + i.get("lineNo") + ":"
                        + i.get("evidenceId") + ":" + i.get("rank") + ":" + i.get("weight")).toList();
    }

    private static ValidatableResponse apply(String token, FootprintPublished footprint, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("footprintId", footprint.footprintId(), "version", footprint.version(),
                        "criteriaSetKey", ROD, "criteriaSetVersion", 1, "contact", contact()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(APPLICATIONS).then();
    }

    private static Map<String, String> contact() {
        return Map.of("name", "Li Wei", "email", "li.wei@rod-mill.example");
    }

    private static ValidatableResponse decide(String token, String app, String decision, String key) {
        var request = as(token).body(Map.of("decision", decision, "rationale", "Review complete"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(app + "/decision").then();
    }

    private static ValidatableResponse check(String samplePath, int item, String outcome, String note) {
        return as(TestTokens.certifier()).body(Map.of("outcome", outcome, "note", note))
                .put(samplePath + "/items/" + item).then();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).when();
    }

    private static void awaitReplicated(UUID versionId) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.certifier())
                .when().get("/api/v1/replica/footprints/" + versionId).then().statusCode(200));
    }

    private static void awaitDisclosure(UUID disclosureId, long version) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.certifier())
                .when().get("/api/v1/replica/disclosures/" + disclosureId).then().statusCode(200)
                .body("version", is((int) version)));
    }
}
