package org.copperpcf.footprint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Certificate;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Facility;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Quantity;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.SeedFiles;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Supplier data in footprints: a producer's accepted disclosure replaces the defaults of its own process, a supply
 * mix sends a consumer's input to a supplier, a correction arriving over Kafka recalculates exactly the footprints
 * using that supplier, market-based electricity applies certificates, a factor release recalculates exactly the
 * footprints using a changed factor, and bad specifications are named with nothing stored.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SupplierFootprintTest {
    private static final String FOOTPRINTS = "/api/v1/footprints";
    private static final UUID SMELTER = UUID.fromString("00000000-5e1f-4000-8000-0000000000a1");
    private static final LocalDate START = LocalDate.parse("2025-01-01");
    /** Electricity factor of Jiangxi's grid, newest year in CN-2025.1 (electricity.grid.cn-jx.2023). */
    private static final double JIANGXI_GRID = 0.5836;

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Inject
    FootprintCalculator calculator;

    @BeforeEach
    void seedsReplicated() {
        SeededReplicas.replicate(broker);
    }

    private void accept(DisclosureAccepted disclosure) {
        SeededReplicas.accept(broker, disclosure);
    }

    @Test
    void aCorrectionOfTheSmeltersDataRecalculatesTheCathodeAndTheTubeThatUsesIt() {
        UUID first = UUID.randomUUID();
        accept(SeededReplicas.smelterDisclosure(SMELTER, first, 1,
                DisclosureAccepted.ACCEPTED, null, 140_000, List.of()));
        String cathode = create("""
                {"template":"cathode.pyro-flash.cn","factorRelease":"CN-2025.1",
                 "producer":{"supplierId":"%s"},"reportingPeriod":{"start":"2025-01-01","end":"2026-01-01"}}"""
                .formatted(SMELTER));
        String tube = create("""
                {"template":"tube.cast-and-roll.cn","factorRelease":"CN-2025.1",
                 "supplyMix":[{"product":"copper.cathode","sources":[{"supplierId":"%s","share":"1"}]}]}"""
                .formatted(SMELTER));
        JsonPath cathodeV1 = current(cathode);
        assertEquals("CN-JX", cathodeV1.getString("geography"));
        assertEquals(first.toString(), cathodeV1.getString("lineage.supplierData[0].id"));
        assertEquals("producer", cathodeV1.getString("lineage.supplierData[0].role"));
        assertTrue(cathodeV1.getMap("breakdown.byProcess")
                .containsKey("cathode.pyro-flash.smelting-refining.cn@" + SMELTER));
        assertTrue(new BigDecimal(cathodeV1.getString("metrics.primaryDataShare")).signum() > 0);
        JsonPath tubeV1 = current(tube);
        assertEquals("supply", tubeV1.getString("lineage.supplierData[0].role"));

        UUID correction = UUID.randomUUID();
        accept(SeededReplicas.smelterDisclosure(SMELTER, first, 2,
                DisclosureAccepted.SUPERSEDED, correction, 140_000, List.of()));
        accept(SeededReplicas.smelterDisclosure(SMELTER, correction, 1,
                DisclosureAccepted.ACCEPTED, null, 150_000, List.of()));

        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> {
            given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + cathode).then()
                    .body("version", is(2)).body("lineage.supplierData[0].id", is(correction.toString()));
            given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + tube).then()
                    .body("version", is(2)).body("lineage.supplierData[0].id", is(correction.toString()));
        });
        double cathodeDelta = delta(cathodeV1, current(cathode));
        // 10,000 MWh more over 100,000 t: 0.1 kWh per kg of cathode on Jiangxi's grid, before allocation
        assertTrue(cathodeDelta > 0 && cathodeDelta <= 0.1 * JIANGXI_GRID + 1e-9, "cathode delta " + cathodeDelta);
        // the tube takes 1.005 kg of that cathode per kg
        assertEquals(1.005, delta(tubeV1, current(tube)) / cathodeDelta, 1e-6);
        assertTrue(current(tube).getString("reason").contains("supplier " + SMELTER));

        // version 1 still reproduces bit for bit from its lineage, though its disclosure is superseded now
        Footprint footprint = QuarkusTransaction.requiringNew().call(() -> Footprint.findById(UUID.fromString(tube)));
        FootprintCalculator.Reproduction reproduction = QuarkusTransaction.requiringNew().call(() -> calculator
                .reproduce(FootprintService.specificationOf(footprint), EventJson.fromJson(
                        EventJson.toJson(tubeV1.getMap("lineage")),
                        FootprintPublished.Lineage.class)));
        assertEquals(tubeV1.getString("resultHash"), reproduction.calculation().resultHash());
        assertEquals(first, reproduction.calculation().lineage().supplierData().get(0).id());
    }

    @Test
    void marketBasedElectricityAppliesTheCertificatesAndTheResidualFactor() {
        UUID disclosure = UUID.randomUUID();
        UUID supplier = UUID.randomUUID();
        accept(new DisclosureAccepted(disclosure, 1, DisclosureAccepted.ACCEPTED, disclosure, 1, null, null, supplier,
                List.of("urn:pact:copperpcf.org:company-id:demo"), new Facility(UUID.randomUUID(), "Rod mill",
                "CN-JS", "CN-EAST"), "ROD_CAST_ROLL", START, START.plusYears(1), "rod",
                new Quantity(new BigDecimal("100000"), "t"), List.of(
                        SeededReplicas.line(1, "energy", "electricity", "10000", "MWh", null),
                        SeededReplicas.line(2, "material", "cathode", "100300", "t", null)),
                List.of(), List.of(new Certificate("GEC-2025-JS-1", new BigDecimal("4000"), 2025, "wind", null)),
                List.of(), List.of(), Instant.now(), "reviewer", null));
        String body = """
                {"template":"rod.cast-and-roll.cn","factorRelease":"CN-2025.1","producer":{"supplierId":"%s"},
                 "electricityMethod":"%s"}""";
        JsonPath location = current(create(body.formatted(supplier, "location_based")));
        JsonPath market = current(create(body.formatted(supplier, "market_based")));
        assertEquals("0", location.getString("metrics.renewableElectricityShare"));
        assertTrue(new BigDecimal(market.getString("metrics.renewableElectricityShare")).signum() > 0);
        assertTrue(market.getList("lineage.factors").contains("electricity.footprint.cn.wind.2024"));
        assertTrue(market.getList("lineage.factors").contains("electricity.grid.cn.excl-market-non-fossil.2023"));
        assertTrue(market.getDouble("kgCo2e") < location.getDouble("kgCo2e"));
    }

    @Test
    void aSuppliersPactFootprintStandsInForItsCathodeAsABlackBox() {
        UUID supplier = UUID.randomUUID();
        UUID pfId = UUID.randomUUID();
        // 3.2 kg CO2e per declared unit of 1 kg, 3.0 of it fossil, 40 % primary data
        SeededReplicas.send(new TopicProbe(broker.bootstrapServers()), EventTypes.SUPPLIER_FOOTPRINT_RECEIVED,
                "/supplier-service", pfId, new SupplierFootprintReceived(pfId, 1, supplier,
                        List.of("urn:pact:copperpcf.org:company-id:pcf-demo"), "PCF Demo Smelter",
                        List.of("urn:pact:copperpcf.org:product-id:cathode"), "Copper cathode", "cathode", "Active",
                        List.of(), "kilogram", BigDecimal.ONE, BigDecimal.ONE, Instant.parse("2025-01-01T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z"), "CN", new BigDecimal("3.2"), new BigDecimal("3.2"),
                        new BigDecimal("3.0"), new BigDecimal("40"), Instant.now(), JsonNodeFactory.instance.objectNode()
                                .put("id", pfId.toString())));
        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/replica/supplier-footprints/" + pfId).then().statusCode(200));

        JsonPath rod = current(create("""
                {"template":"rod.upcast.cn","factorRelease":"CN-2025.1",
                 "supplyMix":[{"product":"copper.cathode","sources":[{"supplierId":"%s","share":"1"}]}]}"""
                .formatted(supplier)));
        assertEquals("supplier_pcf", rod.getString("lineage.supplierData[0].kind"));
        assertEquals(pfId.toString(), rod.getString("lineage.supplierData[0].id"));
        // 1.003 kg of cathode per kg of rod at 3.2, the rest is the mill's own energy and transport
        assertEquals(1.003 * 3.2, rod.getDouble("breakdown.byProcess.'pcf:" + pfId + "'"), 1e-6);
        assertEquals(1.003 * 0.2, rod.getDouble("metrics.biogenic"), 1e-6);
        assertTrue(new BigDecimal(rod.getString("metrics.primaryDataShare")).signum() > 0);
    }

    @Test
    void aFactorReleaseRecalculatesExactlyTheFootprintsUsingAChangedFactor() {
        // other tests publish small releases; a full copy of the seed, published now, is what 'latest' follows here
        FactorReleasePublished seed = SeedFiles.factorRelease();
        SeededReplicas.release(broker, "CN-2026.base", seed.factors());
        String national = create("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"latest\"}");
        String yunnan = create("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"latest\","
                + "\"parameters\":{\"electricityProvince\":\"CN-YN\"}}");
        String pinned = create("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\","
                + "\"parameters\":{\"electricityProvince\":\"CN-YN\"}}");
        assertEquals("CN-2026.base", current(yunnan).getString("lineage.factorRelease.key"));
        long versionsBefore = versions();

        List<ReleasedFactor> factors = new ArrayList<>();
        for (ReleasedFactor factor : seed.factors()) {
            factors.add(factor.key().equals("electricity.grid.cn-yn.2023") ? halved(factor) : factor);
        }
        ReleasedFactor revised = factors.stream().filter(f -> f.key().equals("electricity.grid.cn-yn.2023"))
                .findFirst().orElseThrow();
        JsonPath preview = given().auth().oauth2(TestTokens.certifier()).contentType("application/json")
                .body(Map.of("factors", List.of(revised))).when().post("/api/v1/impact-previews")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("electricity.grid.cn-yn.2023"), preview.getList("changedFactors"));
        List<String> affected = preview.getList("footprints.footprintId");
        assertTrue(affected.contains(yunnan));
        assertTrue(!affected.contains(national) && !affected.contains(pinned));
        String previewed = preview.getString("footprints.find { it.footprintId == '" + yunnan + "' }.previewKgCo2e");
        assertEquals(versionsBefore, versions(), "a preview stores nothing");

        SeededReplicas.release(broker, "CN-2026.test", factors);

        await().atMost(SeededReplicas.PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.buyer())
                .when().get(FOOTPRINTS + "/" + yunnan).then().body("version", is(2))
                .body("lineage.factorRelease.key", is("CN-2026.test")));
        assertEquals(previewed, current(yunnan).getString("kgCo2e"), "the preview foretold the new version");
        assertEquals(1, current(national).getInt("version"));
        assertEquals(1, current(pinned).getInt("version"));
        assertEquals(versionsBefore + 1, versions(), "exactly one footprint got a new version");
    }

    @Test
    void badSupplySpecificationsAreNamedAndNothingIsStored() {
        long before = versions();
        String mix = """
                {"template":"tube.cast-and-roll.cn","factorRelease":"CN-2025.1","supplyMix":[%s]}""";
        expect400(mix.formatted("{\"product\":\"copper.cathode\",\"sources\":[{\"industryAverage\":true,"
                + "\"share\":\"0.9\"}]}"), "supplyMix[0].sources");
        expect400(mix.formatted("{\"product\":\"copper.cathode\",\"sources\":[{\"supplierId\":\"" + UUID.randomUUID()
                + "\",\"share\":\"1\"}]}"), "supplyMix[0].sources[0].supplierId");
        expect400(mix.formatted("{\"product\":\"copper.concentrate\",\"sources\":[{\"industryAverage\":true,"
                + "\"share\":\"1\"}]}"), "supplyMix[0].product");
        expect400("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\",\"producer\":"
                + "{\"supplierId\":\"" + UUID.randomUUID() + "\"}}", "producer.supplierId");
        expect400("{\"template\":\"rod.cast-and-roll.cn\",\"electricityMethod\":\"green\"}", "electricityMethod");
        for (var preview : Map.of("{}", "factors", "{\"release\":\"XX-1999\"}", "release",
                "{\"factors\":[{\"key\":\"fuel.x\",\"unit\":\"furlong\",\"co2ePerUnit\":\"1\"}]}",
                "factors[0].unit").entrySet()) {
            given().auth().oauth2(TestTokens.certifier()).contentType("application/json").body(preview.getKey())
                    .when().post("/api/v1/impact-previews").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", is(preview.getValue()));
        }
        assertEquals(before, versions());
    }

    private static ReleasedFactor halved(ReleasedFactor f) {
        Map<String, BigDecimal> gases = f.gases() == null ? null : Map.of("co2", f.gases().get("co2")
                .divide(BigDecimal.TWO));
        return new ReleasedFactor(f.key(), f.name(), f.unit(), f.co2ePerUnit().divide(BigDecimal.TWO), f.source(),
                f.nameZh(), f.category(), f.gasBasis(), gases, f.geography(), f.gridRegion(), f.referenceYear(),
                f.validFrom(), f.validTo(), f.boundary(), f.method(), f.status(), f.dataQuality(), f.uncertaintyGsd(),
                f.licence(), f.redistributable());
    }

    private static String create(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .when().post(FOOTPRINTS).then().statusCode(201).extract().path("footprintId");
    }

    private static JsonPath current(String id) {
        return given().auth().oauth2(TestTokens.buyer()).when().get(FOOTPRINTS + "/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static double delta(JsonPath before, JsonPath after) {
        return new BigDecimal(after.getString("kgCo2e")).subtract(new BigDecimal(before.getString("kgCo2e")))
                .doubleValue();
    }

    private static void expect400(String body, String field) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body).when().post(FOOTPRINTS)
                .then().statusCode(400).body("violations[0].field", is(field));
    }

    private static long versions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from footprint_version").getSingleResult()).longValue());
    }
}
