package org.copperpcf.kit.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.inventory.InventoryDocument;
import org.copperpcf.contracts.inventory.ProcessModel;

/**
 * The real seed files of factor-service and inventory-service, as the events that carry them, for the tests of the
 * services that consume them (paths relative to a service module).
 */
public final class SeedFiles {
    public static final UUID RELEASE_ID = UUID.fromString("5d6e7f80-91a2-4b3c-8d4e-5f6071829304");
    private static final Path FACTOR_SEED = Path.of("..", "factor-service", "src", "main", "resources", "seed");
    private static final Path MODEL_SEED = Path.of("..", "inventory-service", "src", "main", "resources", "seed",
            "inventories-CN-2025.1.json");
    private static final List<String> GASES = List.of("co2", "ch4_fossil", "ch4_non_fossil", "n2o", "sf6", "cf4",
            "c2f6");

    private SeedFiles() {
    }

    /** The default models, with the file's dataset and factor release set on every process. */
    public static InventoryDocument models() {
        try {
            InventoryDocument file = EventJson.fromJson(Files.readString(MODEL_SEED), InventoryDocument.class);
            return new InventoryDocument(file.formatVersion(), file.dataset(), file.factorRelease(),
                    file.processes().stream().map(p -> new ProcessModel(p.key(),
                            p.nameEn(), p.nameZh(), p.route(), p.stage(), p.geography(), p.referencePeriod(),
                            p.referenceProduct(), p.description(), file.dataset(), file.factorRelease(),
                            p.exchanges())).toList(),
                    file.templates());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** factor-service's seed table and GWP sets as its release event carries them. */
    public static FactorReleasePublished factorRelease() {
        try {
            return readFactorRelease();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FactorReleasePublished readFactorRelease() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Map<String, BigDecimal>> sets = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(FACTOR_SEED.resolve("gwp-sets.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                sets.computeIfAbsent(row.get("gwp_set"), k -> new LinkedHashMap<>())
                        .put(row.get("gas"), new BigDecimal(row.get("gwp100")));
            }
        }
        List<ReleasedFactor> factors = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(FACTOR_SEED.resolve("factors-CN-2025.1.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                Map<String, BigDecimal> gases = new LinkedHashMap<>();
                if (!"co2e".equals(row.get("gas_basis"))) {
                    GASES.stream().filter(gas -> !row.get(gas).isBlank())
                            .forEach(gas -> gases.put(gas, new BigDecimal(row.get(gas))));
                }
                // as factor-service publishes it: CO2e under AR6, computed from the gases where only they are given
                BigDecimal co2e = row.get("co2e_per_unit").isBlank()
                        ? gases.entrySet().stream()
                                .map(gas -> gas.getValue().multiply(sets.get("AR6").get(gas.getKey())))
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                        : new BigDecimal(row.get("co2e_per_unit"));
                factors.add(new ReleasedFactor(row.get("key"), row.get("name_en"), row.get("activity_unit"), co2e,
                        new FactorSource(row.get("publisher"), row.get("document"), null), null, row.get("category"),
                        row.get("gas_basis"), gases, null, null, null, null, null, null, null, null, null, null, null,
                        null));
            }
        }
        List<FactorReleasePublished.GwpSet> gwpSets = sets.entrySet().stream()
                .map(e -> new FactorReleasePublished.GwpSet(e.getKey(), e.getValue())).toList();
        return new FactorReleasePublished(RELEASE_ID, "CN-2025.1", 1, Instant.parse("2026-01-01T00:00:00Z"), factors,
                null, gwpSets);
    }
}
