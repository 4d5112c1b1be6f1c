package org.copperpcf.inventory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.SeedFiles;
import org.copperpcf.kit.testing.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the inventory tests share: factor-service's real seed release ({@link SeedFiles}), sent as the event
 * factor-service publishes (so the default models' keys and units are checked against the real factor table), and
 * the default model file.
 */
final class InventoryFixtures {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String FACTOR_RELEASE = "CN-2025.1";
    private static final Path MODEL_SEED = Path.of("src", "main", "resources", "seed", "inventories-CN-2025.1.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private InventoryFixtures() {
    }

    /** Sends the factor release (a repeat is ignored by version) and waits until the default models are published. */
    static void defaultModelsPublished(EmbeddedKafkaBroker broker) {
        CloudEvent event = CloudEvent.create(EventTypes.FACTOR_RELEASE_PUBLISHED, "/factor-service",
                SeedFiles.RELEASE_ID.toString(), SeedFiles.factorRelease());
        new TopicProbe(broker.bootstrapServers()).send(Topics.FACTOR_RELEASES, event.subject(), EventJson.write(event));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .queryParam("dataset", FACTOR_RELEASE).queryParam("limit", 500)
                .when().get("/api/v1/templates").then().statusCode(200).body("", hasSize(9)));
    }

    /** The default model file, to be changed by a test. */
    static ObjectNode seedFile() {
        try {
            return (ObjectNode) JSON.readTree(MODEL_SEED.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default process of that key, as a mutable tree. */
    static ObjectNode seedProcess(String key) {
        for (var process : seedFile().withArray("processes")) {
            if (process.get("key").asText().equals(key)) {
                ObjectNode copy = (ObjectNode) process;
                copy.put("factorRelease", FACTOR_RELEASE);
                return copy;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** A file of the given processes and templates. */
    static ObjectNode file(List<ObjectNode> processes, List<ObjectNode> templates) {
        ObjectNode file = JSON.createObjectNode();
        file.put("formatVersion", 1);
        file.put("factorRelease", FACTOR_RELEASE);
        file.putArray("processes").addAll(processes);
        file.putArray("templates").addAll(templates);
        return file;
    }

    static ObjectMapper json() {
        return JSON;
    }
}
