package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.copperpcf.supplier.SupplierApi.SUPPLIERS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.DemoSuppliers;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.outbox.OutboxEvent;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.supplier.model.Uscc;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** With supplier.demo.enabled the three demo suppliers exist after start, accepted and announced, exactly once. */
@QuarkusTest
@TestProfile(DemoSuppliersTest.DemoEnabled.class)
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DemoSuppliersTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    public static final class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supplier.demo.enabled", "true");
        }
    }

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Inject
    org.copperpcf.supplier.demo.DemoSuppliers seeder;

    @Test
    void theThreeDemoSuppliersExistWithTheirFacilitiesAndAcceptedDisclosures() {
        given().auth().oauth2(TestTokens.admin()).when().get(SUPPLIERS + "/" + DemoSuppliers.SMELTER)
                .then().statusCode(200)
                .body("nameEn", is("Jiangxi Demo Copper Smelting Co., Ltd."))
                .body("uscc", is(DemoSuppliers.SMELTER_USCC));
        given().auth().oauth2(TestTokens.admin()).when().get(SUPPLIERS + "/" + DemoSuppliers.TUBE_MILL + "/facilities")
                .then().statusCode(200)
                .body("id", contains(DemoSuppliers.TUBE_MILL_FACILITY.toString()))
                .body("provinceCode", contains("CN-ZJ"));
        Map<UUID, String> products = Map.of(DemoSuppliers.SMELTER, "cathode", DemoSuppliers.ROD_MILL, "rod",
                DemoSuppliers.TUBE_MILL, "tube");
        products.forEach((supplier, product) -> given().auth().oauth2(TestTokens.supplier(supplier))
                .when().get(SUPPLIERS + "/" + supplier + "/disclosures")
                .then().statusCode(200)
                .body("size()", is(1))
                .body("[0].status", is("accepted"))
                .body("[0].reviewedBy", is(DemoSuppliers.REVIEWER))
                .body("[0].product", is(product)));
        for (String uscc : List.of(DemoSuppliers.SMELTER_USCC, DemoSuppliers.ROD_MILL_USCC,
                DemoSuppliers.TUBE_MILL_USCC)) {
            assertTrue(Uscc.problem(uscc).isEmpty(), uscc + ": " + Uscc.problem(uscc));
        }
    }

    @Test
    void theirDisclosuresAreAnnouncedLikeAnyAcceptedOne() {
        List<DisclosureAccepted> events = await().atMost(PATIENCE).until(() -> new TopicProbe(
                        broker.bootstrapServers()).events(Topics.DISCLOSURES).stream()
                .map(event -> event.dataAs(EventTypes.DISCLOSURE_ACCEPTED))
                .filter(d -> DemoSuppliers.ALL.contains(d.supplierId())).toList(), list -> list.size() == 3);
        Map<UUID, DisclosureAccepted> bySupplier = events.stream()
                .collect(Collectors.toMap(DisclosureAccepted::supplierId, d -> d));
        DisclosureAccepted smelter = bySupplier.get(DemoSuppliers.SMELTER);
        assertEquals(DisclosureAccepted.ACCEPTED, smelter.status());
        assertEquals(DemoSuppliers.REVIEWER, smelter.reviewedBy());
        assertEquals("ELECTROREFINING", smelter.process());
        assertEquals(DemoSuppliers.SMELTER_FACILITY, smelter.facility().id());
        assertEquals("CN-CENTRAL", smelter.facility().gridRegion());
        assertEquals(new BigDecimal("400000"), smelter.production().amount());
        assertEquals(new BigDecimal("560000"), smelter.lines().get(0).amount());
        assertEquals(new BigDecimal("11250"), smelter.lines().stream()
                .filter(l -> l.item().equals("sea")).findFirst().orElseThrow().distanceKm());
        assertEquals(new BigDecimal("100000"), smelter.certificates().get(0).mwh());
        assertEquals(3, smelter.evidence().size(), "bills, receipts and the GEC redemption statement");
        assertTrue(smelter.lines().stream().allMatch(l -> l.pedigree() != null && l.evidenceIds().size() == 1));
        DisclosureAccepted tube = bySupplier.get(DemoSuppliers.TUBE_MILL);
        assertEquals("pre_consumer", tube.lines().stream().filter(l -> l.category().equals("scrap"))
                .findFirst().orElseThrow().scrapKind());
        assertEquals("ROD_CAST_ROLL", bySupplier.get(DemoSuppliers.ROD_MILL).process());
    }

    @Test
    void seedingAgainCreatesNothingEvenWhenTwoRunAtOnce() {
        long suppliers = QuarkusTransaction.requiringNew().call(() -> Supplier.count());
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        CompletableFuture<List<UUID>> one = CompletableFuture.supplyAsync(seeder::seed);
        CompletableFuture<List<UUID>> two = CompletableFuture.supplyAsync(seeder::seed);
        assertEquals(List.of(), one.join());
        assertEquals(List.of(), two.join());
        assertEquals(List.of(), seeder.seed());

        assertEquals(suppliers, QuarkusTransaction.requiringNew().call(() -> Supplier.count()));
        assertEquals(events, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count()));
        Set<UUID> demo = Set.copyOf(DemoSuppliers.ALL);
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> Disclosure.<Disclosure>listAll().stream()
                .filter(d -> demo.contains(d.supplierId)).count()));
    }
}
