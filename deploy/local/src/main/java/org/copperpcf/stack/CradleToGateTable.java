package org.copperpcf.stack;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.supplier.DemoSuppliers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The cradle-to-gate table {@code ./pcf up} prints: footprint-service's current footprints (the demo ones on a fresh
 * stack), one row each with product, route, producer, province, kg CO2e per kg and the largest stage shares.
 */
final class CradleToGateTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, String> PRODUCERS = Map.of(DemoSuppliers.SMELTER, "demo smelter",
            DemoSuppliers.ROD_MILL, "demo rod mill", DemoSuppliers.TUBE_MILL, "demo tube mill");
    private static final String ROW = "  %-13s %-33s %-16s %-9s %10s  %s%n";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String footprintService;
    private final String token;

    CradleToGateTable(String footprintService, String token) {
        this.footprintService = footprintService;
        this.token = token;
    }

    /** Waits (up to {@code patience}) until the last demo footprint exists, then renders the table. */
    String render(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        List<JsonNode> rows = List.of();
        while (Instant.now().isBefore(deadline)) {
            rows = current();
            if (rows.stream().anyMatch(row -> DemoSuppliers.TUBE_MILL.toString()
                    .equals(row.path("specification").path("producer").path("supplierId").asText()))) {
                break;
            }
            Thread.sleep(2_000);
        }
        if (rows.isEmpty()) {
            return "  (no footprints yet: footprint-service is still filling its replicas; see ./pcf logs)\n";
        }
        List<JsonNode> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((JsonNode row) -> row.path("product").asText())
                .thenComparing(row -> row.path("specification").path("producer").isMissingNode() ? 0 : 1)
                .thenComparing(row -> row.path("specification").path("template").asText())
                .thenComparing(row -> row.path("geography").asText())
                .thenComparing(row -> row.path("specification").path("electricityMethod").asText()));
        StringBuilder table = new StringBuilder();
        table.append(String.format(ROW, "product", "route (template)", "producer", "province", "kg CO2e/kg",
                "largest stages"));
        for (JsonNode row : sorted) {
            JsonNode spec = row.path("specification");
            String producer = spec.path("producer").isMissingNode() ? "industry avg."
                    : PRODUCERS.getOrDefault(UUID.fromString(spec.path("producer").path("supplierId").asText()),
                    "supplier");
            if ("market_based".equals(spec.path("electricityMethod").asText())) {
                producer += " (MB)";
            }
            table.append(String.format(ROW, row.path("product").asText().replace("copper.", ""),
                    spec.path("template").asText(), producer, row.path("geography").asText(),
                    perKg(row), stageShares(row)));
        }
        table.append("  MB = market-based electricity; the rest location-based. Per declared unit of 1 kg, IPCC AR6.\n");
        return table.toString();
    }

    private List<JsonNode> current() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(footprintService
                            + "/api/v1/footprints?limit=500")).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of();
            }
            JsonNode body = JSON.readTree(response.body());
            JsonNode items = body.isArray() ? body : body.path("items");
            List<JsonNode> rows = new ArrayList<>();
            items.forEach(rows::add);
            return rows;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static String perKg(JsonNode row) {
        return new BigDecimal(row.path("kgCo2e").asText("0")).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String stageShares(JsonNode row) {
        double total = row.path("kgCo2e").asDouble();
        List<Map.Entry<String, Double>> stages = new ArrayList<>();
        row.path("breakdown").path("byStage").fields().forEachRemaining(stage ->
                stages.add(Map.entry(stage.getKey(), stage.getValue().asDouble())));
        stages.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, Double> stage : stages.subList(0, Math.min(3, stages.size()))) {
            shown.add(stage.getKey() + " " + Math.round(100 * stage.getValue() / total) + "%");
        }
        return String.join(", ", shown);
    }
}
