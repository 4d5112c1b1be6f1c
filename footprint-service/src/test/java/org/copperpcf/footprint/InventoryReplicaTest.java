package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.contracts.inventory.Pedigree;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.ReferenceProduct;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class InventoryReplicaTest {
    private static final String REPLICA = "/api/v1/replica/inventories";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aPublishedVersionIsKeptWholeAndARepeatedAnnouncementChangesNothing() {
        String key = "rod.test-" + UUID.randomUUID().toString().substring(0, 8);
        ProcessModel process = process(key, "85");
        InventoryPublished published = new InventoryPublished(UUID.randomUUID(), InventoryPublished.PROCESS, key, 1,
                Instant.parse("2026-11-21T09:05:00Z"), EventJson.contentHash(process), List.of(), process, null);
        send(published);
        String version = REPLICA + "/process/" + key + "/versions/1";
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.certifier())
                .when().get(version).then().statusCode(200)
                .body("contentHash", is(published.contentHash()))
                .body("model.exchanges[0].amount", is("85"))
                .body("receivedEvents", is(1)));

        InventoryPublished tampered = new InventoryPublished(published.versionId(), published.kind(), key, 1,
                published.publishedAt(), EventJson.contentHash(process(key, "1")), List.of(), process(key, "1"), null);
        send(published);
        send(tampered);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.certifier())
                .when().get(version).then().body("receivedEvents", is(3)).body("model.exchanges[0].amount", is("85")));
        given().auth().oauth2(TestTokens.buyer()).queryParam("kind", "process").queryParam("key", key)
                .when().get(REPLICA).then().statusCode(200).body("[0].version", is(1));
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(REPLICA).then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().get(REPLICA + "/process/" + key + "/versions/2")
                .then().statusCode(404);
    }

    private void send(InventoryPublished published) {
        CloudEvent event = CloudEvent.create(EventTypes.INVENTORY_PUBLISHED, "/inventory-service",
                published.versionId().toString(), published);
        new TopicProbe(broker.bootstrapServers()).send(Topics.INVENTORIES, event.subject(), EventJson.write(event));
    }

    private static ProcessModel process(String key, String electricity) {
        return new ProcessModel(key, "Test rod", "测试铜杆", "rod_cast_roll", "casting_rolling", "CN",
                new ProcessModel.ReferencePeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01")),
                new ReferenceProduct("copper.rod", BigDecimal.ONE, "t", new BigDecimal("0.9995")), null, null,
                "CN-2025.1", List.of(new Exchange(Exchange.FACTOR_INPUT, null, "electricity.footprint.cn.2024", null,
                new BigDecimal(electricity), "kWh", null, null, null, "secondary", new Pedigree(3, 3, 3, 2, 2),
                new BigDecimal("1.5"), "recalled", new FactorSource("BRIEF §5.2", null, null), null)));
    }
}
