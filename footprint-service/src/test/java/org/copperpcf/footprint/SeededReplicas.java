package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventType;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.inventory.InventoryDocument;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.SeedFiles;
import org.copperpcf.kit.testing.TestTokens;

/** Puts the real seed factor release and default models on the topics, as the other services would, and waits. */
final class SeededReplicas {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final InventoryDocument MODELS = SeedFiles.models();

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

    static UUID versionId(String kind, String key, int version) {
        return UUID.nameUUIDFromBytes((kind + ":" + key + ":" + version).getBytes(StandardCharsets.UTF_8));
    }
}
