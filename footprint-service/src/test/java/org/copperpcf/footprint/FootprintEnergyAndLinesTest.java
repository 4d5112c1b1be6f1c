package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Facility;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Line;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Quantity;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.SeedFiles;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Energy intensity of the smelting and refining stages (kgce per t of cathode, hand-checked against the seed
 * models), and what each line of a producer's disclosure contributes to its footprint.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FootprintEnergyAndLinesTest {
    private static final LocalDate START = LocalDate.parse("2025-01-01");
    /** Flash smelting and refining per t of cathode: 403.75 + 746.25 + 350 kWh and 40 Nm3 of natural gas. */
    private static final double PYRO = 1500 * 0.1229 + 40 * 1.2143;
    /** Secondary smelting and refining per t of cathode: 80 + 350 kWh and 90 Nm3 of natural gas. */
    private static final double SCRAP = 430 * 0.1229 + 90 * 1.2143;

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void theSmeltingAndRefiningEnergyIsStatedPerTonneOfCathodeWithItsRoute() {
        SeededReplicas.replicate(broker);
        JsonPath pyro = created("{\"template\":\"cathode.pyro-flash.cn\",\"factorRelease\":\"CN-2025.1\"}");
        assertEquals(232.922, PYRO, 1e-9);
        assertEquals(PYRO, pyro.getDouble("metrics.energyIntensity.smeltingKgcePerTonne"), 1e-6);
        assertEquals("concentrate-to-cathode", pyro.getString("metrics.energyIntensity.route"));
        assertEquals("equivalent", pyro.getString("metrics.energyIntensity.electricityBasis"));
        assertEquals("0.1229", pyro.getString("metrics.energyIntensity.electricityKgcePerKwh"));

        JsonPath scrap = created("{\"template\":\"cathode.secondary.cn\",\"factorRelease\":\"CN-2025.1\"}");
        assertEquals(SCRAP, scrap.getDouble("metrics.energyIntensity.smeltingKgcePerTonne"), 1e-6);
        assertEquals("scrap-to-cathode", scrap.getString("metrics.energyIntensity.route"));

        // the rod's cathode: 67 % flash smelting, 33 % secondary (the template's default mix)
        JsonPath rod = created("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}");
        assertEquals(0.67 * PYRO + 0.33 * SCRAP, rod.getDouble("metrics.energyIntensity.smeltingKgcePerTonne"), 1e-6);
        assertEquals("mixed", rod.getString("metrics.energyIntensity.route"));

        JsonPath hydro = created("{\"template\":\"cathode.sx-ew.cn\",\"factorRelease\":\"CN-2025.1\"}");
        assertNull(hydro.get("metrics.energyIntensity"), "SX-EW has no smelting or refining stage");
    }

    @Test
    void aProducersLinesCarryWhatTheyContributeAndTogetherMakeItsWholeFootprint() {
        SeededReplicas.replicate(broker);
        UUID rodMill = UUID.randomUUID();
        accept(rodMill);
        JsonPath rod = created(("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\","
                + "\"producer\":{\"supplierId\":\"%s\"}}").formatted(rodMill));

        assertEquals("producer", rod.getString("lineage.supplierData[0].role"));
        List<Map<String, Object>> lines = rod.getList("lineage.supplierData[0].lines");
        assertEquals(List.of(1, 2, 3), lines.stream().map(line -> line.get("lineNo")).toList());
        double sum = lines.stream().mapToDouble(line -> Double.parseDouble((String) line.get("kgCo2e"))).sum();
        // every exchange of the mill's process came from a line, and the mill makes the declared unit
        double total = rod.getDouble("kgCo2e");
        assertEquals(total, sum, total * 1e-8);
        ReleasedFactor grid = SeedFiles.factorRelease().factors().stream()
                .filter(f -> f.key().equals("electricity.grid.cn-js.2023")).findFirst().orElseThrow();
        // 10,000 MWh for 100,000 t: 0.1 kWh per kg of rod
        assertEquals(0.1 * grid.co2ePerUnit().doubleValue(), Double.parseDouble((String) lines.get(0).get("kgCo2e")),
                1e-9);
        Map<String, Object> largest = lines.stream()
                .max(Comparator.comparingDouble(line -> Double.parseDouble((String) line.get("kgCo2e"))))
                .orElseThrow();
        assertEquals(2, largest.get("lineNo"), "the cathode the mill buys outweighs its power and trucks");
    }

    private static JsonPath created(String specification) {
        String id = TestFootprints.create(specification);
        return given().auth().oauth2(TestTokens.buyer()).when().get("/api/v1/footprints/" + id).then()
                .statusCode(200).extract().jsonPath();
    }

    /** A rod mill in Jiangsu: 100,000 t of rod from 100,300 t of cathode with 10,000 MWh and 300 km by truck. */
    private void accept(UUID supplier) {
        UUID id = UUID.randomUUID();
        DisclosureAccepted disclosure = new DisclosureAccepted(id, 1, DisclosureAccepted.ACCEPTED, id, 1, null, null,
                supplier, List.of("urn:pact:copperpcf.org:company-id:demo"), new Facility(UUID.randomUUID(),
                "Rod mill", "CN-JS", "CN-EAST"), "ROD_CAST_ROLL", START, START.plusYears(1), "rod",
                new Quantity(new BigDecimal("100000"), "t"), List.of(
                        line(1, "energy", "electricity", "10000", "MWh", null),
                        line(2, "material", "cathode", "100300", "t", null),
                        line(3, "transport", "road", "100300", "t", new BigDecimal("300"))),
                List.of(), List.of(), List.of(), List.of(), Instant.now(), "reviewer", null);
        SeededReplicas.send(new TopicProbe(broker.bootstrapServers()), EventTypes.DISCLOSURE_ACCEPTED,
                "/supplier-service", id, disclosure);
        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/disclosures/" + id).then().statusCode(200));
    }

    private static Line line(int no, String category, String item, String amount, String unit, BigDecimal km) {
        return new Line(no, category, item, new BigDecimal(amount), unit, null, km, "primary",
                new DisclosureAccepted.Pedigree(1, 1, 1, 1, 1), List.of(), null);
    }
}
