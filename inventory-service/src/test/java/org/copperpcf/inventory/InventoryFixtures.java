package org.copperpcf.inventory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the inventory tests share: factor-service's real seed release, sent as the event factor-service publishes
 * (so the default models' keys and units are checked against the real factor table), and the default model file.
 */
final class InventoryFixtures {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String FACTOR_RELEASE = "CN-2025.1";
    private static final Path FACTOR_SEED = Path.of("..", "factor-service", "src", "main", "resources", "seed",
            "factors-CN-2025.1.csv");
    private static final Path MODEL_SEED = Path.of("src", "main", "resources", "seed", "inventories-CN-2025.1.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID RELEASE_ID = UUID.fromString("6a1e0b7c-2d3f-4a5b-8c9d-0e1f2a3b4c5d");

    private InventoryFixtures() {
    }

    /** Sends the factor release (a repeat is ignored by version) and waits until the default models are published. */
    static void defaultModelsPublished(EmbeddedKafkaBroker broker) {
        CloudEvent event = CloudEvent.create(EventTypes.FACTOR_RELEASE_PUBLISHED, "/factor-service",
                RELEASE_ID.toString(), seedRelease());
        new TopicProbe(broker.bootstrapServers()).send(Topics.FACTOR_RELEASES, event.subject(), EventJson.write(event));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .queryParam("dataset", FACTOR_RELEASE).queryParam("limit", 500)
                .when().get("/api/v1/templates").then().statusCode(200).body("", hasSize(9)));
    }

    /** factor-service's seed table as its release event: key, name, activity unit, CO2e (or CO2), source. */
    static FactorReleasePublished seedRelease() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<ReleasedFactor> factors = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(FACTOR_SEED, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                String co2e = row.get("co2e_per_unit").isBlank() ? row.get("co2") : row.get("co2e_per_unit");
                factors.add(new ReleasedFactor(row.get("key"), row.get("name_en"), row.get("activity_unit"),
                        new BigDecimal(co2e), new FactorSource(row.get("publisher"), row.get("document"), null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FactorReleasePublished(RELEASE_ID, FACTOR_RELEASE, 1, Instant.parse("2026-01-01T00:00:00Z"),
                factors);
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
