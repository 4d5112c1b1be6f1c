package org.copperpcf.certification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.certification.report.RenderedPdf;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.testing.AuditTrailChecks;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReportsTest {
    private static final String REPORTS = "/api/v1/supplier-reduction-reports";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CSV_HEADER = "supplierId,product,declaredUnit,year,kgCo2ePerDeclaredUnit,footprints,"
            + "baseYear,baseYearKgCo2ePerDeclaredUnit,reductionPercent,note";

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void theStudyReportOfAReplicatedVersionRendersWithItsFigures() {
        FootprintPublished rod = Footprints.rod("1.874", "30", "40", "60", "2", null);
        published(rod);

        for (String token : List.of(TestTokens.buyer(), TestTokens.certifier(), TestTokens.admin())) {
            byte[] pdf = given().auth().oauth2(token).when().get(studyReport(rod.footprintId(), 1))
                    .then().statusCode(200).contentType(startsWith("application/pdf"))
                    .header("Content-Disposition", containsString("study-report-" + rod.footprintId() + "-v1.pdf"))
                    .extract().asByteArray();
            RenderedPdf.of(pdf, "study-report-api").assertNotBlank().assertContains(rod.footprintId().toString(),
                    rod.versionId().toString(), "1.874 kg CO2e per 1 kg", rod.resultHash(), "smelting", "0.5",
                    "26.7 %", "Not reported: the specification set no period");
        }
    }

    @Test
    void anUnknownFootprintOrVersionHasNoStudyReportAndSuppliersGetNone() {
        FootprintPublished rod = published(Footprints.rod("1.9", "30", "40", "60", "2", null));
        given().auth().oauth2(TestTokens.buyer()).when().get(studyReport(rod.footprintId(), 2))
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("code", is("NOT_FOUND")).body("detail", containsString(rod.footprintId() + " v2"));
        given().auth().oauth2(TestTokens.buyer()).when().get(studyReport(UUID.randomUUID(), 1))
                .then().statusCode(404).body("code", is("NOT_FOUND"));
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(studyReport(rod.footprintId(), 1))
                .then().statusCode(403);
        given().when().get(studyReport(rod.footprintId(), 1)).then().statusCode(401);
    }

    @Test
    void aReductionReportGivesIntensityByYearAndReductionAgainstTheBaseYear() {
        UUID steady = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        UUID recalculated = UUID.randomUUID();
        publishedAll(
                produced(steady, "copper.rod", 2024, "2.4", UUID.randomUUID(), 1),
                produced(steady, "copper.rod", 2024, "2.6", UUID.randomUUID(), 1),
                // version 1 is superseded: only version 2 (1.8) counts
                produced(steady, "copper.rod", 2025, "9.9", recalculated, 1),
                produced(steady, "copper.rod", 2025, "1.8", recalculated, 2),
                produced(steady, "copper.rod", 2026, "2.2", UUID.randomUUID(), 1),
                produced(steady, "copper.tube", 2023, "3.0", UUID.randomUUID(), 1),
                produced(late, "copper.rod", 2025, "2.1", UUID.randomUUID(), 1),
                produced(UUID.randomUUID(), "copper.rod", 2024, "5", UUID.randomUUID(), 1));

        String id = given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body(Map.of("title", "Core suppliers 2026", "baseYear", 2024, "product", "copper.rod",
                        "supplierIds", List.of(steady, late, silent)))
                .when().post(REPORTS).then().statusCode(201)
                .header("Location", containsString(REPORTS + "/"))
                .body("owner", is("test-buyer")).body("baseYear", is(2024))
                .body("suppliers.size()", is(3))
                .body("suppliers[0].years.year", contains(2024, 2025, 2026))
                .body("suppliers[0].years[0].footprints", is(2))
                .body("suppliers[0].years[1].sources[0].version", is(2))
                .extract().path("id");

        String csv = given().auth().oauth2(TestTokens.buyer()).when().get(REPORTS + "/" + id + ".csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(List.of(CSV_HEADER,
                steady + ",copper.rod,1 kg,2024,2.5,2,2024,2.5,0.00,base year; mean of 2 footprints",
                steady + ",copper.rod,1 kg,2025,1.8,1,2024,2.5,28.00,",
                steady + ",copper.rod,1 kg,2026,2.2,1,2024,2.5,12.00,",
                late + ",copper.rod,1 kg,2025,2.1,1,2024,,,no base-year data",
                silent + ",,,,,,2024,,,no footprints with this supplier as producer for copper.rod"),
                List.of(csv.split("\r\n")));

        byte[] pdf = given().auth().oauth2(TestTokens.buyer()).when().get(REPORTS + "/" + id + ".pdf")
                .then().statusCode(200).contentType(startsWith("application/pdf")).extract().asByteArray();
        RenderedPdf.of(pdf, "supplier-reduction-api").assertNotBlank().assertContains("Core suppliers 2026",
                "Supplier " + steady, "28.00 %", "12.00 %", "no base-year data", "Intensity by year");

        List<Map<String, Object>> audit = AuditTrailChecks.entries(Map.of("entityType", "supplier-reduction-report",
                "entityId", id));
        assertThat(audit.stream().map(e -> e.get("action")).toList(), contains("supplier-reduction-report-published"));
        assertEquals("test-buyer", audit.get(0).get("actor"));
    }

    @Test
    void aPublishedReportDoesNotChangeWhenNewVersionsArrive() {
        UUID supplier = UUID.randomUUID();
        UUID footprint = UUID.randomUUID();
        publishedAll(produced(supplier, "copper.rod", 2024, "2.0", footprint, 1));
        String id = create(TestTokens.buyer(), supplier);
        publishedAll(produced(supplier, "copper.rod", 2024, "1.0", footprint, 2));

        given().auth().oauth2(TestTokens.buyer()).when().get(REPORTS + "/" + id).then().statusCode(200)
                .body("suppliers[0].years[0].kgCo2ePerDeclaredUnit", is("2"));
        given().auth().oauth2(TestTokens.buyer()).when().get(REPORTS + "/" + create(TestTokens.buyer(), supplier))
                .then().statusCode(200).body("suppliers[0].years[0].kgCo2ePerDeclaredUnit", is("1"));
    }

    @Test
    void onlyTheOwnerAdminsAndCertifiersReadAReport() {
        String id = create(TestTokens.buyer(), UUID.randomUUID());
        String otherBuyer = TestTokens.buyer("other-buyer");
        for (String suffix : List.of("", ".csv", ".pdf")) {
            given().auth().oauth2(otherBuyer).when().get(REPORTS + "/" + id + suffix).then().statusCode(404)
                    .contentType(startsWith("application/problem+json")).body("code", is("NOT_FOUND"));
            given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(REPORTS + "/" + id + suffix)
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.certifier()).when().get(REPORTS + "/" + id + suffix)
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.admin()).when().get(REPORTS + "/" + id + suffix).then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.buyer()).when().get(REPORTS + "/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "baseYear", 2024, "supplierIds", List.of(UUID.randomUUID())))
                .when().post(REPORTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.certifier()).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "baseYear", 2024, "supplierIds", List.of(UUID.randomUUID())))
                .when().post(REPORTS).then().statusCode(403);
    }

    @Test
    void aBuyerReadsTheAuditEntriesOfItsOwnReportsAndNoOtherBuyers() {
        String mine = create(TestTokens.buyer("buyer-a"), UUID.randomUUID());
        String theirs = create(TestTokens.buyer("buyer-b"), UUID.randomUUID());

        given().auth().oauth2(TestTokens.buyer("buyer-a")).when().get("/api/v1/audit").then().statusCode(200)
                .body("actor", everyItem(is("buyer-a")))
                .body("entityId", hasItem(mine)).body("entityId", not(hasItem(theirs)));
        given().auth().oauth2(TestTokens.buyer("buyer-a")).queryParam("entityId", theirs)
                .when().get("/api/v1/audit").then().statusCode(200).body("size()", is(0));
        given().auth().oauth2(TestTokens.buyer("buyer-a")).queryParam("actor", "buyer-b")
                .when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer("buyer-a")).when().get("/api/v1/audit/verify").then().statusCode(403);
        assertThat(AuditTrailChecks.entries(Map.of("entityId", theirs)).stream().map(e -> e.get("actor")).toList(),
                contains("buyer-b"));
    }

    @Test
    void badRequestsNameTheirFields() {
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body(Map.of("title", "", "baseYear", 1800, "supplierIds", List.of()))
                .when().post(REPORTS).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", is("VALIDATION_FAILED"))
                .body("violations.field", org.hamcrest.Matchers.hasItems("title", "baseYear", "supplierIds"));
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "baseYear", 2025, "reportYear", 2024, "supplierIds",
                        List.of(UUID.randomUUID())))
                .when().post(REPORTS).then().statusCode(400).body("violations[0].field", is("reportYear"));
    }

    private static String create(String token, UUID supplier) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Reduction", "baseYear", 2024, "supplierIds", List.of(supplier)))
                .when().post(REPORTS).then().statusCode(201).extract().path("id");
    }

    private static String studyReport(UUID footprintId, int version) {
        return "/api/v1/footprints/" + footprintId + "/versions/" + version + "/study-report.pdf";
    }

    /** A footprint version whose producer is {@code supplier}, for a reporting period of calendar year {@code year}. */
    private static FootprintPublished produced(UUID supplier, String product, int year, String kgCo2e,
                                               UUID footprintId, int version) {
        FootprintPublished f = Footprints.footprint(product, "1 kg", kgCo2e, "30", "40", "60", "2", null);
        var spec = new FootprintSpecification("rod.cn", null, Map.of(),
                new FootprintSpecification.Producer(supplier, null),
                new FootprintSpecification.Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)), null, null,
                "latest", "AR6");
        return new FootprintPublished(footprintId, f.versionId(), version, null, product, "1 kg", "CN", spec,
                new BigDecimal(kgCo2e), f.breakdown(), f.metrics(), f.methodology(), f.lineage(), f.inputsHash(),
                f.resultHash(), f.calculatedAt(), f.reason());
    }

    private void publishedAll(FootprintPublished... footprints) {
        for (FootprintPublished f : footprints) {
            Footprints.send(broker.bootstrapServers(), f);
        }
        for (FootprintPublished f : footprints) {
            awaitReplicated(f.versionId());
        }
    }

    private FootprintPublished published(FootprintPublished footprint) {
        publishedAll(footprint);
        return footprint;
    }

    private static void awaitReplicated(UUID versionId) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/footprints/" + versionId).then().statusCode(200));
    }
}
