package org.copperpcf.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.contracts.inventory.Allocation;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.contracts.inventory.Pedigree;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.ReferenceProduct;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class ContractsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static final FactorReleasePublished RELEASE = new FactorReleasePublished(
            UUID.fromString("9b2e7c1a-5d1e-4c53-8f0e-2a4b8c6d1e01"), "CN-2025.1", 3,
            Instant.parse("2026-03-05T10:15:29.412Z"),
            List.of(new ReleasedFactor("electricity.grid.cn-jx", "Jiangxi grid", "kWh", new BigDecimal("0.10"),
                    new FactorSource("MEE/NBS", "2024 No. 12", null))));

    @Test
    void everyEventTypeSerialisesToItsSchema() throws Exception {
        CloudEvent event = CloudEvent.create(EventTypes.FACTOR_RELEASE_PUBLISHED, "/factor-service",
                RELEASE.releaseId().toString(), RELEASE);
        JsonNode json = JSON.readTree(EventJson.write(event));

        assertValid(schema("/schemas/cloudevent.json"), json);
        for (EventType<?> type : EventTypes.all()) {
            assertNotNull(getClass().getResourceAsStream(type.schemaResource()), "schema of " + type.type());
        }
        assertValid(schema(EventTypes.FACTOR_RELEASE_PUBLISHED.schemaResource()), json.get("data"));
    }

    @Test
    void inventoryEventsOfBothKindsMatchTheirSchemaAndRoundTrip() throws Exception {
        FactorSource source = new FactorSource("copper-pcf", "inventories.md §4.5", null);
        Pedigree pedigree = new Pedigree(3, 3, 3, 2, 2);
        ProcessModel rod = new ProcessModel("rod.cast-and-roll.cn", "Copper wire rod, cast-and-roll", "铜杆，连铸连轧",
                "rod_cast_roll", "casting_rolling", "CN",
                new ProcessModel.ReferencePeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01")),
                new ReferenceProduct("copper.rod", BigDecimal.ONE, "t", new BigDecimal("0.9995")), "Shaft furnace",
                "CN-2025.1", "CN-2025.1", List.of(
                new Exchange(Exchange.PRODUCT_INPUT, "copper.cathode", null, null, new BigDecimal("1.003"), "t",
                        new BigDecimal("0.9999"), null, null, "secondary", pedigree, new BigDecimal("1.05"),
                        "derived", source, null),
                new Exchange(Exchange.CO_PRODUCT, "slag.smelter", null, null, new BigDecimal("0.10"), "t", null,
                        new Allocation("economic", Map.of("price.copper.rod", "68500", "price.slag.smelter", "50"),
                                "revenue share"), null, "secondary", pedigree, new BigDecimal("1.2"), "estimated",
                        source, null)));
        TemplateModel template = new TemplateModel("rod.cast-and-roll.cn", "copper.rod", "Rod", null, null, null,
                new TemplateModel.DeclaredUnit(BigDecimal.ONE, "kg"),
                List.of(new TemplateModel.Node("rod.cast-and-roll.cn", null)),
                List.of(new TemplateModel.Parameter("secondaryCathodeShare", "provider_share", null, "0.33", null,
                        BigDecimal.ZERO, BigDecimal.ONE, "copper.cathode", "secondary", null, null, null)));
        for (InventoryPublished published : List.of(
                new InventoryPublished(UUID.randomUUID(), InventoryPublished.PROCESS, rod.key(), 2,
                        Instant.parse("2026-11-21T10:00:00Z"), EventJson.contentHash(rod), List.of(), rod, null),
                new InventoryPublished(UUID.randomUUID(), InventoryPublished.TEMPLATE, template.key(), 1,
                        Instant.parse("2026-11-21T10:00:00Z"), EventJson.contentHash(template), null, null,
                        template))) {
            String wire = EventJson.write(CloudEvent.create(EventTypes.INVENTORY_PUBLISHED, "/inventory-service",
                    published.versionId().toString(), published));
            assertValid(schema(EventTypes.INVENTORY_PUBLISHED.schemaResource()), JSON.readTree(wire).get("data"));
            assertEquals(published, EventJson.read(wire).dataAs(EventTypes.INVENTORY_PUBLISHED));
        }
    }

    @Test
    void theContentHashDependsOnContentOnlyNotOnMapOrder() {
        Allocation one = new Allocation("economic", new LinkedHashMap<>(Map.of("a", "1")), "j");
        one.parameters().put("b", "2");
        LinkedHashMap<String, String> reversed = new LinkedHashMap<>();
        reversed.put("b", "2");
        reversed.put("a", "1");
        Allocation two = new Allocation("economic", reversed, "j");
        assertEquals(EventJson.contentHash(one), EventJson.contentHash(two));
        assertTrue(EventJson.contentHash(one).matches("sha256:[0-9a-f]{64}"));
        assertFalse(EventJson.contentHash(one).equals(
                EventJson.contentHash(new Allocation("economic", Map.of("a", "1", "b", "3"), "j"))));
    }

    @Test
    void aDisclosureSerialisesToItsSchemaAndRoundTrips() throws Exception {
        UUID id = UUID.fromString("0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f");
        UUID evidence = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
        DisclosureAccepted disclosure = new DisclosureAccepted(id, 2, DisclosureAccepted.SUPERSEDED, id, 1, null,
                UUID.randomUUID(), UUID.randomUUID(), List.of("urn:pact:copperpcf.org:company-id:91350100M000100Y43"),
                new DisclosureAccepted.Facility(UUID.randomUUID(), "Guixi smelter", "CN-JX", "CN-CENTRAL"),
                "ELECTROREFINING", LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"), "cathode",
                new DisclosureAccepted.Quantity(new BigDecimal("120000.0"), "t"),
                List.of(new DisclosureAccepted.Line(1, "energy", "electricity", new BigDecimal("42000.10"), "MWh", null,
                        null, "primary", new DisclosureAccepted.Pedigree(1, 2, 1, 1, 2), List.of(evidence), null)),
                List.of(), List.of(new DisclosureAccepted.Certificate("GEC-1", new BigDecimal("1000"), 2025, "wind",
                        evidence)),
                List.of(new DisclosureAccepted.Evidence(evidence, "bill.pdf", "application/pdf", 10, "0".repeat(64))),
                List.of(new DisclosureAccepted.Flag("lines[0].amount", "outside 300-400 kWh/t", "Schlesinger")),
                Instant.parse("2026-03-05T10:15:29.412Z"), "reviewer", null);
        String wire = EventJson.write(CloudEvent.create(EventTypes.DISCLOSURE_ACCEPTED, "/supplier-service",
                id.toString(), disclosure));
        JsonNode json = JSON.readTree(wire);

        assertValid(schema(EventTypes.DISCLOSURE_ACCEPTED.schemaResource()), json.get("data"));
        assertEquals("42000.10", json.at("/data/lines/0/amount").textValue());
        assertEquals(disclosure, EventJson.read(wire).dataAs(EventTypes.DISCLOSURE_ACCEPTED));
        assertEquals(Topics.DISCLOSURES, EventTypes.DISCLOSURE_ACCEPTED.topic());
    }

    @Test
    void aFootprintSerialisesToItsSchemaAndRoundTrips() throws Exception {
        UUID footprintId = UUID.fromString("044e1da6-4890-4960-9968-574ef2696350");
        UUID smelter = UUID.fromString("6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d");
        String hash = "sha256:" + "7f".repeat(32);
        FootprintSpecification specification = new FootprintSpecification("tube.cast-and-roll.cn", null,
                Map.of("purchasedScrapShare", "0.2"), null, null, List.of(new FootprintSpecification.SupplyMix(
                "copper.cathode", List.of(new FootprintSpecification.Source(smelter, false, new BigDecimal("0.6"),
                        null), new FootprintSpecification.Source(null, true, new BigDecimal("0.4"), null)))),
                FootprintSpecification.LOCATION_BASED, "CN-2025.1", "AR6");
        FootprintPublished footprint = new FootprintPublished(footprintId,
                UUID.fromString("324d574f-173a-41d0-82de-9d3d9e8caeb2"), 2,
                UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), "copper.tube", "1 kg", "CN", specification,
                new BigDecimal("4.220622932"),
                new FootprintPublished.Breakdown(Map.of("mining", new BigDecimal("2.688370516")),
                        Map.of("co2", new BigDecimal("1.080542984")),
                        Map.of("tube.cast-and-roll.cn", new BigDecimal("0.7769477")),
                        Map.of("credit:sulphuric-acid", new BigDecimal("-0.270081575"))),
                new FootprintPublished.Metrics(new BigDecimal("4.220622932"), new BigDecimal("0"),
                        new BigDecimal("14.46"), new BigDecimal("30.75"), new BigDecimal("0"),
                        new FootprintPublished.DataQuality(new BigDecimal("2.45"), new BigDecimal("2.11"),
                                new BigDecimal("2.39"), new BigDecimal("3.33"), new BigDecimal("2.97"),
                                new BigDecimal("2.32")),
                        new FootprintPublished.Uncertainty("first-order propagation", new BigDecimal("1.192071453"),
                                new BigDecimal("2.99107166"), new BigDecimal("5.955610548"))),
                new FootprintPublished.Methodology(List.of("ISO 14067:2018"), "cradle-to-gate", "cut-off",
                        List.of("cathode.pyro-flash.smelting-refining.cn: anode-slime by economic"), "location-based",
                        "AR6", "IPCC AR6 GWP100", List.of()),
                new FootprintPublished.Lineage(
                        new FootprintPublished.InputRef("tube.cast-and-roll.cn", 1, hash, UUID.randomUUID()),
                        List.of(new FootprintPublished.InputRef("tube.cast-and-roll.cn", 1, hash, UUID.randomUUID())),
                        new FootprintPublished.InputRef("CN-2025.1", 1, null, UUID.randomUUID()), "AR6",
                        Map.of("purchasedScrapShare", "0.2"),
                        List.of(new FootprintPublished.SupplierInput("supply", smelter, "copper.cathode", "disclosure",
                                UUID.randomUUID(), 1L, hash, "cathode.pyro-flash.smelting-refining.cn@" + smelter,
                                new BigDecimal("0.6"))),
                        List.of("electricity.grid.cn-jx.2023"), FootprintSpecification.LOCATION_BASED),
                "sha256:" + "a1".repeat(32), "sha256:" + "c4".repeat(32), Instant.parse("2026-11-22T02:48:50.088Z"),
                "recalculated: supplier " + smelter + " has new data");
        String wire = EventJson.write(CloudEvent.create(EventTypes.FOOTPRINT_PUBLISHED, "/footprint-service",
                footprintId.toString(), footprint));
        JsonNode json = JSON.readTree(wire);

        assertValid(schema(EventTypes.FOOTPRINT_PUBLISHED.schemaResource()), json.get("data"));
        assertEquals("-0.270081575", json.at("/data/breakdown/byInput/credit:sulphuric-acid").textValue());
        assertEquals(footprint, EventJson.read(wire).dataAs(EventTypes.FOOTPRINT_PUBLISHED));
        assertEquals(Topics.FOOTPRINTS, EventTypes.FOOTPRINT_PUBLISHED.topic());
    }

    /** The optional energy intensity (added within v1) validates, round-trips, and stays absent when not given. */
    @Test
    void theOptionalEnergyIntensityIsAdditive() throws Exception {
        FootprintPublished.Metrics without = new FootprintPublished.Metrics(new BigDecimal("1.9"), BigDecimal.ZERO,
                new BigDecimal("60"), new BigDecimal("25"), new BigDecimal("40"), null, null);
        FootprintPublished.Metrics with = new FootprintPublished.Metrics(new BigDecimal("1.9"), BigDecimal.ZERO,
                new BigDecimal("60"), new BigDecimal("25"), new BigDecimal("40"), null, null,
                new FootprintPublished.EnergyIntensity(new BigDecimal("243.5"),
                        FootprintPublished.EnergyIntensity.EQUIVALENT, new BigDecimal("0.1229"),
                        "concentrate-to-cathode"));
        JsonNode withoutJson = JSON.readTree(EventJson.toJson(without));
        assertTrue(withoutJson.at("/energyIntensity").isMissingNode(), "absent, not null, when not given");
        String withWire = EventJson.toJson(with);
        JsonNode withJson = JSON.readTree(withWire);
        assertEquals("243.5", withJson.at("/energyIntensity/smeltingKgcePerTonne").textValue());
        assertEquals("equivalent", withJson.at("/energyIntensity/electricityBasis").textValue());
        assertEquals(with, EventJson.fromJson(withWire, FootprintPublished.Metrics.class));
    }

    @Test
    void aSupplierFootprintSerialisesToItsSchemaAndRoundTripsWithItsDocumentIntact() throws Exception {
        UUID id = UUID.fromString("8b26f3b8-f5d9-4adf-8a11-02e05d273e58");
        UUID predecessor = UUID.fromString("0c5e2d71-9a43-4b8e-8f16-3e7a9d2c5b04");
        JsonNode document = EventJson.readTree("""
                {"id": "8b26f3b8-f5d9-4adf-8a11-02e05d273e58", "specVersion": "3.0.0", "status": "Active",
                 "precedingPfIds": ["0c5e2d71-9a43-4b8e-8f16-3e7a9d2c5b04"], "companyName": "Jiangxi Example Copper",
                 "extensions": [{"specVersion": "2.0.0", "dataSchema": "https://example.org/s.json",
                                 "data": {"grade": 1, "purity": 99.99350, "note": "A \\"grade\\" cathode"}}],
                 "pcf": {"declaredUnitOfMeasurement": "kilogram", "declaredUnitAmount": "1.000",
                         "pcfExcludingBiogenicUptake": "3.850", "pcfIncludingBiogenicUptake": "-0.25"}}""");
        SupplierFootprintReceived footprint = new SupplierFootprintReceived(id, 1,
                UUID.fromString("3d1f0b7e-2c4a-4e5f-8a9b-0c1d2e3f4a5b"),
                List.of("urn:pact:copperpcf.org:company-id:91350100M000100Y43"), "Jiangxi Example Copper",
                List.of("urn:pact:copperpcf.org:product-id:cathode-a"), "Copper cathode, grade A", "cathode",
                SupplierFootprintReceived.DEPRECATED, List.of(predecessor), "kilogram", new BigDecimal("1.000"),
                new BigDecimal("1"), Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
                "CN-JX", new BigDecimal("3.850"), new BigDecimal("-0.25"), new BigDecimal("3.850"), null,
                Instant.parse("2026-03-02T09:00:00.118Z"), document);
        String wire = EventJson.write(CloudEvent.create(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED, "/supplier-service",
                id.toString(), footprint));
        JsonNode json = JSON.readTree(wire);

        assertValid(schema(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED.schemaResource()), json.get("data"));
        assertEquals("3.850", json.at("/data/pcfExcludingBiogenicUptake").textValue());
        assertTrue(json.at("/data/document").isObject(), "the document travels as a JSON object, not a string");
        assertEquals(document, EventJson.read(wire).data().get("document"));
        SupplierFootprintReceived back = EventJson.read(wire).dataAs(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED);
        assertEquals(footprint, back);
        assertEquals(new BigDecimal("99.99350"), back.document().at("/extensions/0/data/purity").decimalValue());
        assertEquals(Topics.SUPPLIER_FOOTPRINTS, EventTypes.SUPPLIER_FOOTPRINT_RECEIVED.topic());
        assertTrue(Topics.all().contains(Topics.SUPPLIER_FOOTPRINTS));
        assertTrue(Topics.all().contains(Topics.SUPPLIER_FOOTPRINTS.deadLetters()));
        assertTrue(Topics.SUPPLIER_FOOTPRINTS.compacted());

        JsonNode unknownStatus = JSON.readTree(json.get("data").toString().replace("\"Deprecated\"", "\"Retired\""));
        assertFalse(schema(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED.schemaResource()).validate(unknownStatus).isEmpty());
    }

    @Test
    void decimalsTravelAsStringsAndRoundTripExactly() throws Exception {
        CloudEvent event = CloudEvent.create(EventTypes.FACTOR_RELEASE_PUBLISHED, "/factor-service", "s", RELEASE);
        String wire = EventJson.write(event);
        assertEquals("0.10", JSON.readTree(wire).at("/data/factors/0/co2ePerUnit").textValue());

        FactorReleasePublished back = EventJson.read(wire).dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED);
        assertEquals(RELEASE, back);
    }

    @Test
    void invalidSchemaIsDetected() throws Exception {
        JsonNode bad = JSON.readTree("{\"releaseId\":\"x\",\"name\":\"\",\"version\":-1,\"factors\":[]}");
        Set<ValidationMessage> problems = schema(EventTypes.FACTOR_RELEASE_PUBLISHED.schemaResource()).validate(bad);
        assertTrue(problems.size() >= 4, "problems: " + problems);
    }

    @Test
    void recordsThatAreNotOurEventsAreRefused() {
        assertThrows(InvalidEventException.class, () -> EventJson.read("not json"));
        assertThrows(InvalidEventException.class, () -> EventJson.read("{\"specversion\":\"0.3\",\"id\":\""
                + UUID.randomUUID() + "\",\"source\":\"/x\",\"type\":\"t\"}"));
        CloudEvent other = EventJson.read("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"source\":\"/x\",\"type\":\"org.copperpcf.other.thing.v1\",\"data\":{}}");
        assertThrows(InvalidEventException.class, () -> other.dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED));
    }

    /** Examples are never deleted: every one of them must keep parsing into its record. */
    @Test
    void everyStoredExampleStillParses() throws Exception {
        Path examples = Paths.get(getClass().getResource("/examples").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(examples)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            CloudEvent event = EventJson.read(Files.readString(file));
            EventType<?> type = EventTypes.byType(event.type()).orElseThrow(
                    () -> new AssertionError(file + " has an unknown type " + event.type()));
            assertNotNull(event.dataAs(type), file.toString());
            assertValid(schema(type.schemaResource()), event.data());
        }
    }

    @Test
    void everyTopicHasADeadLetterTopic() {
        assertTrue(Topics.all().contains(Topics.FACTOR_RELEASES.deadLetters()));
        assertEquals("pcf.factor-releases.v1.dlq", Topics.FACTOR_RELEASES.deadLetters().name());
    }

    private static JsonSchema schema(String resource) {
        try (InputStream in = ContractsTest.class.getResourceAsStream(resource)) {
            return SCHEMAS.getSchema(in, STRICT_FORMATS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode json) {
        Set<ValidationMessage> problems = schema.validate(json);
        assertTrue(problems.isEmpty(), "schema violations: " + problems);
    }
}
