package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventType;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.inventory.InventoryDocument;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.EvidenceFilePublished;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.SeedFiles;
import org.copperpcf.kit.testing.TestTokens;

/** Puts the real seed factor release and default models on the topics, as the other services would, and waits. */
final class SeededReplicas {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final InventoryDocument MODELS = SeedFiles.models();
    /** The reporting period of the supplier data the tests announce: 2025. */
    static final LocalDate PERIOD_START = LocalDate.parse("2025-01-01");

    private SeededReplicas() {
    }

    static void replicate(EmbeddedKafkaBroker broker) {
        TopicProbe probe = new TopicProbe(broker.bootstrapServers());
        send(probe, EventTypes.FACTOR_RELEASE_PUBLISHED, "/factor-service", SeedFiles.RELEASE_ID,
                SeedFiles.factorRelease());
        for (ProcessModel process : MODELS.processes()) {
            announce(probe, new InventoryPublished(versionId("process", process.key(), 1), InventoryPublished.PROCESS,
                    process.key(), 1, Instant.parse("2026-01-02T00:00:00Z"), EventJson.contentHash(process), List.of(),
                    process, null));
        }
        for (TemplateModel template : MODELS.templates()) {
            announce(probe, new InventoryPublished(versionId("template", template.key(), 1),
                    InventoryPublished.TEMPLATE, template.key(), 1, Instant.parse("2026-01-02T00:00:00Z"),
                    EventJson.contentHash(template), null, null, template));
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .queryParam("kind", "template").when().get("/api/v1/replica/inventories")
                .then().body("key", hasItem("tube.extrusion.cn")));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/factor-releases/CN-2025.1").then().statusCode(200));
    }

    static void announce(TopicProbe probe, InventoryPublished published) {
        send(probe, EventTypes.INVENTORY_PUBLISHED, "/inventory-service", published.versionId(), published);
    }

    static <T> void send(TopicProbe probe, EventType<T> type, String source, UUID subject, T data) {
        CloudEvent event = CloudEvent.create(type, source, subject.toString(), data);
        probe.send(type.topic(), event.subject(), EventJson.write(event));
    }

    /** Publishes a factor release named {@code name} with these factors and the seed's GWP sets, and waits for it. */
    static void release(EmbeddedKafkaBroker broker, String name, List<ReleasedFactor> factors) {
        UUID releaseId = UUID.randomUUID();
        send(new TopicProbe(broker.bootstrapServers()), EventTypes.FACTOR_RELEASE_PUBLISHED, "/factor-service",
                releaseId, new FactorReleasePublished(releaseId, name, 1, Instant.now(), factors, name,
                        SeedFiles.factorRelease().gwpSets()));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/factor-releases/" + name).then().statusCode(200));
    }

    /** Publishes one part of an evidence file on pcf.evidence.v1 as supplier-service does on acceptance. */
    static void publishEvidence(EmbeddedKafkaBroker broker, EvidenceFilePublished part) {
        CloudEvent event = CloudEvent.create(EventTypes.EVIDENCE_FILE_PUBLISHED, "/supplier-service", part.key(), part);
        new TopicProbe(broker.bootstrapServers()).send(Topics.EVIDENCE, part.key(), EventJson.write(event));
    }

    /** Announces an accepted (or superseded) disclosure as supplier-service would, and waits until it is replicated. */
    static void accept(EmbeddedKafkaBroker broker, DisclosureAccepted disclosure) {
        send(new TopicProbe(broker.bootstrapServers()), EventTypes.DISCLOSURE_ACCEPTED, "/supplier-service",
                disclosure.disclosureId(), disclosure);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/disclosures/" + disclosure.disclosureId()).then()
                .body("status", is(disclosure.status())));
    }

    /** A smelter's 2025 electrorefining data in Jiangxi: 100,000 t of cathode. */
    static DisclosureAccepted smelterDisclosure(UUID supplier, UUID id, long version, String status,
                                                UUID supersededBy, long electricityMwh,
                                                List<DisclosureAccepted.Certificate> certificates) {
        return new DisclosureAccepted(id, version, status, id, 1, null, supersededBy, supplier,
                List.of("urn:pact:copperpcf.org:company-id:91360000MA35DEMO01"),
                new DisclosureAccepted.Facility(UUID.nameUUIDFromBytes(supplier.toString().getBytes()),
                        "Guixi demo smelter", "CN-JX", "CN-CENTRAL"), "ELECTROREFINING", PERIOD_START,
                PERIOD_START.plusYears(1), "cathode", new DisclosureAccepted.Quantity(new BigDecimal("100000"), "t"),
                List.of(line(1, "energy", "electricity", String.valueOf(electricityMwh), "MWh", null),
                        line(2, "energy", "natural_gas", "4000000", "Nm3", null),
                        line(3, "material", "concentrate", "412400", "t", null),
                        line(4, "transport", "sea", "412400", "t", new BigDecimal("11250"))),
                List.of(), certificates, List.of(), List.of(), Instant.now(), "reviewer", null);
    }

    /** A primary-data line with the best pedigree. */
    static DisclosureAccepted.Line line(int no, String category, String item, String amount, String unit,
                                        BigDecimal km) {
        return new DisclosureAccepted.Line(no, category, item, new BigDecimal(amount), unit, null, km, "primary",
                new DisclosureAccepted.Pedigree(1, 1, 1, 1, 1), List.of(), null);
    }

    static UUID versionId(String kind, String key, int version) {
        return UUID.nameUUIDFromBytes((kind + ":" + key + ":" + version).getBytes(StandardCharsets.UTF_8));
    }
}
