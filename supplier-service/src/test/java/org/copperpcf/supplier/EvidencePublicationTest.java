package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.EvidenceFilePublished;
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

/** Accepting a disclosure publishes the evidence files it cites on pcf.evidence.v1; nothing else does. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EvidencePublicationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void acceptingADisclosurePutsTheFilesItCitesOnTheEvidenceTopic() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String evidence = SupplierApi.uploadPdf(supplier);
        String id = submitted(supplier, SupplierApi.disclosure(supplier, SupplierApi.uniqueCertificate(), evidence));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post(supplier.disclosures() + "/" + id + "/accept").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = await().atMost(PATIENCE)
                .until(() -> partsOf(evidence), parts -> !parts.isEmpty());
        // cited by a line and as the certificate's redemption evidence: still one file, one part, once
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(evidence + "/0", record.key());
        EvidenceFilePublished part = EventJson.read(record.value()).dataAs(EventTypes.EVIDENCE_FILE_PUBLISHED);
        assertEquals(supplier.supplierId(), part.supplierId());
        assertEquals(UUID.fromString(id), part.disclosureId());
        assertEquals("power-bill.pdf", part.fileName());
        assertEquals("application/pdf", part.mediaType());
        assertEquals(SupplierApi.PDF.length, part.sizeBytes());
        assertEquals(0, part.part());
        assertEquals(1, part.parts());
        assertArrayEquals(SupplierApi.PDF, Base64.getDecoder().decode(part.content()));
        assertTrue(part.sha256().matches("[0-9a-f]{64}"));
    }

    @Test
    void aLargeFileLeavesInPartsEachInARelayBatchOfItsOwn() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        byte[] scan = new byte[2 * EvidenceFilePublished.PART_BYTES + 1000];
        new Random(3).nextBytes(scan);
        System.arraycopy(SupplierApi.PDF, 0, scan, 0, SupplierApi.PDF.length);
        String evidence = given().auth().oauth2(supplier.token()).contentType("application/pdf").body(scan)
                .queryParam("fileName", "meter-log-scan.pdf")
                .when().post(SupplierApi.SUPPLIERS + "/" + supplier.supplierId() + "/evidence")
                .then().statusCode(201).extract().path("id");
        String id = submitted(supplier, SupplierApi.disclosure(supplier, SupplierApi.uniqueCertificate(), evidence));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post(supplier.disclosures() + "/" + id + "/accept").then().statusCode(200);

        // kit.outbox.batch-bytes is 1 MiB in tests: each part is over it, so each goes in a batch of its own and
        // the relay keeps going until the last has been sent
        List<ConsumerRecord<String, String>> records = await().atMost(PATIENCE)
                .until(() -> partsOf(evidence), parts -> parts.size() == 3);
        assertEquals(List.of(evidence + "/0", evidence + "/1", evidence + "/2"),
                records.stream().map(ConsumerRecord::key).sorted().toList());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        records.stream().map(record -> EventJson.read(record.value()).dataAs(EventTypes.EVIDENCE_FILE_PUBLISHED))
                .sorted(Comparator.comparingInt(EvidenceFilePublished::part))
                .forEach(part -> joined.writeBytes(Base64.getDecoder().decode(part.content())));
        assertArrayEquals(scan, joined.toByteArray());
    }

    @Test
    void evidenceOfADisclosureNeverAcceptedStaysPrivate() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String hidden = SupplierApi.uploadPdf(supplier);
        String rejected = submitted(supplier, SupplierApi.disclosure(supplier, null, hidden));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"reason\": \"bills missing\"}")
                .when().post(supplier.disclosures() + "/" + rejected + "/reject").then().statusCode(200);
        // a later accepted disclosure of the same supplier marks the point by which the relay has sent everything
        String shown = SupplierApi.uploadPdf(supplier);
        String accepted = submitted(supplier, SupplierApi.disclosure(supplier, null, shown));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post(supplier.disclosures() + "/" + accepted + "/accept").then().statusCode(200);

        await().atMost(PATIENCE).until(() -> partsOf(shown), parts -> parts.size() == 1);
        assertEquals(List.of(), partsOf(hidden));
    }

    private List<ConsumerRecord<String, String>> partsOf(String evidenceId) {
        return new TopicProbe(broker.bootstrapServers()).readAll(Topics.EVIDENCE).stream()
                .filter(record -> record.key().startsWith(evidenceId + "/")).toList();
    }

    private static String submitted(Registered supplier, String body) {
        return given().auth().oauth2(supplier.token()).contentType(ContentType.JSON).body(body)
                .queryParam("submit", true)
                .when().post(supplier.disclosures()).then().statusCode(201).extract().path("id");
    }
}
