package org.copperpcf.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The methodology document lists every default value as the seed file has it, and nothing else. */
class DefaultValuesDocTest {
    private static final Path DOC = Path.of("..", "docs", "methodology", "inventories.md");
    private static final String SECTION = "## 12. Every default value";

    @Test
    void everyDefaultExchangeIsListedWithItsAmountUnitAndStatus() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(SECTION);
        assertTrue(start >= 0, "section missing: " + SECTION);
        List<String> rows = doc.substring(start).lines().filter(line -> line.startsWith("| `")).toList();

        List<String> expected = new ArrayList<>();
        for (JsonNode process : InventoryFixtures.seedFile().withArray("processes")) {
            JsonNode exchanges = process.get("exchanges");
            for (int i = 0; i < exchanges.size(); i++) {
                JsonNode exchange = exchanges.get(i);
                String target = exchange.has("factorKey") ? exchange.get("factorKey").asText()
                        : exchange.has("product") ? exchange.get("product").asText()
                        : exchange.has("gas") ? exchange.get("gas").asText() : null;
                expected.add("| `" + process.get("key").asText() + "` | " + i + " | " + exchange.get("type").asText()
                        + " | " + (target == null ? "—" : "`" + target + "`") + " | " + exchange.get("amount").asText()
                        + " | " + exchange.get("unit").asText() + " | " + exchange.get("status").asText() + " | ");
            }
        }
        assertEquals(expected.size(), rows.size(), "one row per default exchange");
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(rows.get(i).startsWith(expected.get(i)), "row " + i + " should start with " + expected.get(i)
                    + " but is " + rows.get(i));
            assertTrue(rows.get(i).length() > expected.get(i).length() + 3, "row " + i + " names no source");
        }
    }
}
