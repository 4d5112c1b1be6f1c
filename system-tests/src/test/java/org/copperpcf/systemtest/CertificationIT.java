package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.copperpcf.contracts.supplier.DemoSuppliers;
import org.copperpcf.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 8 across the running stack: the demo smelter corrects its disclosure with a power bill as evidence; the file
 * travels supplier-service → Kafka → footprint-service, the recalculated tube version is signed and its audit bundle
 * (carrying the file) passes the offline verifier; certification-service, fed only by Kafka, takes the tube mill's
 * application through review, evidence sampling weighted by line contributions, evaluation and a grant, and the
 * certificate answers the public check.
 */
@ExtendWith(RunningStack.class)
class CertificationIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final byte[] BILL = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% smelter power bill "
            + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCorrectionWithEvidenceEndsInAVerifiedBundleAndACertificate(LocalStack stack, @TempDir Path dir)
            throws IOException, InterruptedException {
        String footprints = stack.serviceUrl("footprint-service") + "/api/v1/footprints";
        String certification = stack.serviceUrl("certification-service") + "/api/v1";
        String admin = RunningStack.token(stack, "admin");
        String buyer = RunningStack.token(stack, "buyer");
        String certifier = RunningStack.token(stack, "certifier");
        String smelter = supplierToken(stack, DemoSuppliers.SMELTER);
        String mill = supplierToken(stack, DemoSuppliers.TUBE_MILL);

        String tubeId = await().atMost(PATIENCE).until(() -> createTube(footprints, admin), id -> id != null);
        JsonPath tube = given().auth().oauth2(buyer).when().get(footprints + "/" + tubeId).then().statusCode(200)
                .extract().jsonPath();
        String accepted = tube.getString("lineage.supplierData.find { it.role == 'supply' }.id");

        String disclosures = stack.serviceUrl("supplier-service") + "/api/v1/suppliers/" + DemoSuppliers.SMELTER
                + "/disclosures";
        String evidenceId = given().auth().oauth2(smelter).contentType("application/octet-stream").body(BILL)
                .queryParam("fileName", "power-bill-2025.pdf")
                .when().post(stack.serviceUrl("supplier-service") + "/api/v1/suppliers/" + DemoSuppliers.SMELTER
                        + "/evidence").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String correction = given().auth().oauth2(smelter).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"facilityId": "%s", "process": "ELECTROREFINING", "periodStart": "2025-01-01",
                         "periodEnd": "2026-01-01", "product": "cathode", "production": {"amount": "400000", "unit": "t"},
                         "lines": [
                           {"category": "energy", "item": "electricity", "amount": "610000", "unit": "MWh", "dataType": "primary", "evidenceIds": ["%s"]},
                           {"category": "energy", "item": "natural_gas", "amount": "16000000", "unit": "Nm3", "dataType": "primary"},
                           {"category": "material", "item": "concentrate", "amount": "1650000", "unit": "t", "dataType": "primary"},
                           {"category": "transport", "item": "sea", "amount": "1650000", "unit": "t", "distanceKm": "11250", "dataType": "secondary"}]}"""
                        .formatted(DemoSuppliers.SMELTER_FACILITY, evidenceId))
                .when().post(disclosures + "/" + accepted + "/corrections")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        given().auth().oauth2(smelter).when().post(disclosures + "/" + correction + "/submit")
                .then().log().ifValidationFails().statusCode(200);
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body("{\"comment\": \"power bill seen\"}")
                .when().post(disclosures + "/" + correction + "/accept")
                .then().log().ifValidationFails().statusCode(200).body("status", is("accepted"));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(buyer).when().get(footprints + "/" + tubeId)
                .then().body("lineage.supplierData.find { it.role == 'supply' }.id", is(correction)));
        JsonPath recalculated = given().auth().oauth2(buyer).when().get(footprints + "/" + tubeId).then()
                .extract().jsonPath();
        int version = recalculated.getInt("version");
        String versionId = recalculated.getString("versionId");

        // the bundle carries the power bill once footprint-service has assembled it from pcf.evidence.v1
        String evidencePath = "evidence/" + sha256(BILL) + "-power-bill-2025.pdf";
        byte[] bundle = await().atMost(PATIENCE).until(() -> given().auth().oauth2(certifier)
                .when().get(footprints + "/" + tubeId + "/versions/" + version + "/bundle").then().statusCode(200)
                .extract().asByteArray(), zip -> entries(zip).contains(evidencePath));
        Path zip = dir.resolve("bundle.zip");
        Files.write(zip, bundle);
        Process verifier = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                Path.of(System.getProperty("pcf.home", "..")).toAbsolutePath().normalize()
                        .resolve("tools/bundle-verifier/VerifyBundle.java").toString(), zip.toString())
                .redirectErrorStream(true).start();
        String report = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verifier.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, verifier.exitValue(), report);
        assertTrue(report.contains(evidencePath), report);

        String jws = given().auth().oauth2(buyer).when().get(footprints + "/" + tubeId + "/versions/" + version
                + "/signature").then().statusCode(200).extract().path("jws");
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body(Map.of("jws", jws))
                .when().post(stack.serviceUrl("footprint-service") + "/api/v1/signatures/verify").then()
                .statusCode(200).body("valid", is(true)).body("storedVersionMatches", is(true));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(certifier)
                .when().get(certification + "/replica/footprints/" + versionId).then().statusCode(200));
        String criteriaSet = "system-test-tube-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                        {"key": "%s", "product": "copper.tube", "title": "System-test tube criteria",
                         "criteria": [
                           {"criterion": "footprint", "metric": "kgCo2ePerKg", "comparison": "at-most",
                            "threshold": "100", "source": "system test", "status": "P"},
                           {"criterion": "data-quality", "metric": "dataQualityOverall", "comparison": "at-most",
                            "threshold": "5", "source": "system test", "status": "P"}]}""".formatted(criteriaSet))
                .when().post(certification + "/criteria-sets").then().log().ifValidationFails().statusCode(201);

        String application = certification + "/certification-applications/" + given().auth().oauth2(mill)
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("footprintId", tubeId, "version", version, "criteriaSetKey", criteriaSet,
                        "criteriaSetVersion", 1, "contact", Map.of("name", "Tube mill QA", "email", "qa@mill.example")))
                .when().post(certification + "/certification-applications")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        given().auth().oauth2(mill).contentType(ContentType.JSON)
                .body(Map.of("decision", "grant", "rationale", "self-certified")).when().post(application + "/decision")
                .then().statusCode(403);
        given().auth().oauth2(certifier).when().post(application + "/review").then().statusCode(200);
        given().auth().oauth2(certifier).when().post(application + "/evaluation")
                .then().log().ifValidationFails().statusCode(201).body("overall", is("pass"));

        JsonPath sample = given().auth().oauth2(certifier).contentType(ContentType.JSON)
                .body(Map.of("seed", 20261122, "lines", 3, "evidenceFiles", 1))
                .when().post(application + "/samples").then().log().ifValidationFails().statusCode(201)
                .body("weightRules['" + correction + "']", is("line-contribution"))
                .body("items.kind", hasItem("evidence"))
                .body("items.findAll { it.kind == 'line' }.weightRule", everyItem(is("line-contribution")))
                .extract().jsonPath();
        for (Integer item : sample.<Integer>getList("items.itemNo")) {
            given().auth().oauth2(certifier).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "conforming", "note", "checked against the records"))
                    .when().put(application + "/samples/" + sample.getString("id") + "/items/" + item)
                    .then().log().ifValidationFails().statusCode(200);
        }
        String certificate = given().auth().oauth2(certifier).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("decision", "grant", "rationale", "sample conforming, criteria met"))
                .when().post(application + "/decision").then().log().ifValidationFails().statusCode(200)
                .body("certificateId", matchesPattern("CPCF-\\d{4}-\\d{6}")).extract().path("certificateId");

        given().when().get(certification + "/public/certificates/" + certificate).then().statusCode(200)
                .body("status", is("valid")).body("resultHash", is(recalculated.getString("resultHash")));
        byte[] pdf = given().auth().oauth2(mill).when().get(certification + "/certificates/" + certificate
                + "/certificate.pdf").then().statusCode(200).extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    /** Creates a tube footprint of the demo mill using the demo smelter's cathode; null until the seeds arrived. */
    private static String createTube(String footprints, String admin) {
        var response = given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                        {"template": "tube.cast-and-roll.cn", "factorRelease": "CN-2025.1",
                         "producer": {"supplierId": "%s"},
                         "reportingPeriod": {"start": "2025-01-01", "end": "2026-01-01"},
                         "supplyMix": [{"product": "copper.cathode", "sources": [{"supplierId": "%s", "share": "1"}]}]}"""
                        .formatted(DemoSuppliers.TUBE_MILL, DemoSuppliers.SMELTER))
                .when().post(footprints);
        return response.statusCode() == 201 ? response.path("footprintId") : null;
    }

    private static String supplierToken(LocalStack stack, UUID supplierId) {
        return given().formParam("role", "supplier").formParam("supplier_id", supplierId.toString())
                .when().post(stack.tokenUrl()).then().statusCode(200).extract().path("access_token");
    }

    private static Set<String> entries(byte[] zip) {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
