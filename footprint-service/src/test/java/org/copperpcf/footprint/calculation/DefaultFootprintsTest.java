package org.copperpcf.footprint.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.inventory.ScopedProcess;
import org.copperpcf.lca.Calculator;
import org.copperpcf.lca.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default models computed by the engine from the real seed files (factor table, GWP sets, inventories)
 * reproduce the hand calculation of docs/methodology/inventories.md §6.2, which shows them inside the published
 * ranges: cathode 2–5 kg CO2e/kg, rod = cathode + 0.1–0.2, tube = feed + 0.5–1.2.
 */
class DefaultFootprintsTest {
    private static final Path FACTOR_SEED = Path.of("..", "factor-service", "src", "main", "resources", "seed");
    private static final Path MODEL_SEED = Path.of("..", "inventory-service", "src", "main", "resources", "seed",
            "inventories-CN-2025.1.json");
    private static final List<String> GASES = List.of("co2", "ch4_fossil", "ch4_non_fossil", "n2o", "sf6", "cf4",
            "c2f6");
    private static FactorReleasePublished release;
    private static InventoryDocument models;

    @BeforeAll
    static void readSeeds() throws IOException {
        release = factorRelease();
        models = EventJson.fromJson(Files.readString(MODEL_SEED), InventoryDocument.class);
    }

    @ParameterizedTest(name = "{0} {1} = {2} kg CO2e/kg")
    @CsvSource({
            "cathode.pyro-flash.cn, '', 4.19",
            "cathode.pyro-bottom-blowing.cn, '', 4.19",
            "cathode.sx-ew.cn, '', 3.60",
            "cathode.secondary.cn, '', 0.58",
            "cathode.mix.cn, '', 3.00",
            "rod.cast-and-roll.cn, '', 3.18",
            "rod.upcast.cn, '', 3.24",
            "tube.cast-and-roll.cn, '', 3.79",
            "tube.extrusion.cn, '', 3.84",
            "cathode.mix.cn, cathodeRoute=secondary, 0.58"})
    void theDefaultResultsMatchTheMethodologyDocument(String template, String setting, String expected) {
        Result result = calculate(template, setting);
        assertEquals(Double.parseDouble(expected), result.total(), 0.005, template + " " + setting);
    }

    @Test
    void flashCathodeSplitsByStageAsTheHandCalculationDoes() {
        Result result = calculate("cathode.pyro-flash.cn", "");
        assertEquals(3.2846, result.contributions().byStage().get("mining"), 0.0005);
        assertEquals(-0.3300, result.contributions().byInput().get("credit:sulphuric-acid"), 0.0005);
        assertEquals(result.total(), result.contributions().byGas().values().stream()
                .mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void theSameInputsGiveTheSameHashesAndAnotherProvinceAnotherResult() {
        Result first = calculate("rod.cast-and-roll.cn", "");
        Result again = calculate("rod.cast-and-roll.cn", "");
        assertEquals(first.inputsHash(), again.inputsHash());
        assertEquals(first.resultHash(), again.resultHash());
        Result yunnan = calculate("rod.cast-and-roll.cn", "electricityProvince=CN-YN");
        assertEquals(true, yunnan.total() < first.total() - 0.5, "Yunnan hydro power: " + yunnan.total());
    }

    private static Result calculate(String templateKey, String setting) {
        TemplateModel template = models.templates().stream().filter(t -> t.key().equals(templateKey)).findFirst()
                .orElseThrow();
        Map<String, String> settings = new LinkedHashMap<>();
        if (!setting.isBlank()) {
            String[] pair = setting.split("=");
            settings.put(pair[0], pair[1]);
        }
        ProductSystem resolved = ProductSystem.resolve(template, settings, resolver());
        SystemAssembler.Assembly assembly = SystemAssembler.assemble(resolved, release, "AR6");
        return Calculator.withDefaults().calculate(assembly.system(), assembly.demand());
    }

    private static ProductSystem.Resolver resolver() {
        Map<String, ProcessModel> processes = new HashMap<>();
        models.processes().forEach(p -> processes.put(p.key(), new ProcessModel(p.key(), p.nameEn(), p.nameZh(),
                p.route(), p.stage(), p.geography(), p.referencePeriod(), p.referenceProduct(), p.description(),
                models.dataset(), models.factorRelease(), p.exchanges())));
        return new ProductSystem.Resolver() {
            @Override
            public Optional<ScopedProcess> process(String key, Integer version) {
                return Optional.ofNullable(processes.get(key)).map(p -> new ScopedProcess(p, 1));
            }

            @Override
            public boolean hasFactorWithPrefix(String releaseName, String prefix) {
                return release.factors().stream().anyMatch(f -> f.key().startsWith(prefix));
            }
        };
    }

    /** factor-service's seed table and GWP sets as its release event carries them. */
    private static FactorReleasePublished factorRelease() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<ReleasedFactor> factors = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(FACTOR_SEED.resolve("factors-CN-2025.1.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                Map<String, BigDecimal> gases = new LinkedHashMap<>();
                if (!"co2e".equals(row.get("gas_basis"))) {
                    GASES.stream().filter(gas -> !row.get(gas).isBlank())
                            .forEach(gas -> gases.put(gas, new BigDecimal(row.get(gas))));
                }
                BigDecimal co2e = row.get("co2e_per_unit").isBlank() ? null : new BigDecimal(row.get("co2e_per_unit"));
                factors.add(new ReleasedFactor(row.get("key"), row.get("name_en"), row.get("activity_unit"), co2e,
                        new FactorSource(row.get("publisher"), row.get("document"), null), null, row.get("category"),
                        row.get("gas_basis"), gases, null, null, null, null, null, null, null, null, null, null, null,
                        null));
            }
        }
        Map<String, Map<String, BigDecimal>> sets = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(FACTOR_SEED.resolve("gwp-sets.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord row : parser) {
                sets.computeIfAbsent(row.get("gwp_set"), k -> new LinkedHashMap<>())
                        .put(row.get("gas"), new BigDecimal(row.get("gwp100")));
            }
        }
        List<FactorReleasePublished.GwpSet> gwpSets = sets.entrySet().stream()
                .map(e -> new FactorReleasePublished.GwpSet(e.getKey(), e.getValue())).toList();
        return new FactorReleasePublished(UUID.randomUUID(), "CN-2025.1", 1, Instant.now(), factors, null, gwpSets);
    }
}
