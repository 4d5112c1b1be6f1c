package org.copperpcf.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.EnergyIntensity;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.infra.TopicProbe;

/** FootprintPublished events as footprint-service would publish them, sent to pcf.footprints.v1. */
final class Footprints {
    private Footprints() {
    }

    /** A rod footprint version with the given figures; {@code energy} null leaves energy intensity absent. */
    static FootprintPublished rod(String kgCo2e, String recycled, String renewable, String primary, String dqr,
                                  EnergyIntensity energy) {
        return footprint("copper.rod", "1 kg", kgCo2e, recycled, renewable, primary, dqr, energy);
    }

    static FootprintPublished footprint(String product, String declaredUnit, String kgCo2e, String recycled,
                                        String renewable, String primary, String dqr, EnergyIntensity energy) {
        UUID footprintId = UUID.randomUUID();
        BigDecimal q = new BigDecimal(dqr);
        return new FootprintPublished(footprintId, UUID.randomUUID(), 1, null, product, declaredUnit, "CN", null,
                new BigDecimal(kgCo2e),
                new FootprintPublished.Breakdown(Map.of("smelting", new BigDecimal("0.5")), Map.of(), Map.of(),
                        Map.of()),
                new FootprintPublished.Metrics(new BigDecimal(kgCo2e), BigDecimal.ZERO, new BigDecimal(primary),
                        new BigDecimal(recycled), new BigDecimal(renewable),
                        new FootprintPublished.DataQuality(q, q, q, q, q, q), null, energy),
                new FootprintPublished.Methodology(List.of("ISO 14067:2018"), "cradle-to-gate", "cut-off", List.of(),
                        "location-based", "AR6", "IPCC AR6 GWP100", List.of()),
                new FootprintPublished.Lineage(null, List.of(), null, "AR6", Map.of(), List.of(), List.of(),
                        "location_based"),
                "sha256:" + "a1".repeat(32), "sha256:" + UUID.randomUUID().toString().replace("-", "")
                + "0".repeat(32), Instant.parse("2026-03-05T10:15:00Z"), "first calculation");
    }

    /**
     * A rod footprint version produced by {@code supplier} at {@code facility}, whose lineage names
     * {@code supplierData}; figures that pass the seeded rod criteria unless {@code kgCo2e} is above 2.0.
     */
    static FootprintPublished produced(UUID supplier, UUID facility, String kgCo2e,
                                       List<FootprintPublished.SupplierInput> supplierData) {
        FootprintPublished base = rod(kgCo2e, "30", "40", "60", "2", energy("250"));
        FootprintSpecification specification = new FootprintSpecification("copper.rod", null, Map.of(),
                new FootprintSpecification.Producer(supplier, facility), null, null, null, null, null);
        return new FootprintPublished(base.footprintId(), base.versionId(), 1, null, base.product(),
                base.declaredUnit(), base.geography(), specification, base.kgCo2e(), base.breakdown(), base.metrics(),
                base.methodology(), new FootprintPublished.Lineage(null, List.of(), null, "AR6", Map.of(),
                supplierData, List.of(), "location_based"), base.inputsHash(), base.resultHash(),
                base.calculatedAt(), base.reason());
    }

    static EnergyIntensity energy(String kgcePerTonne) {
        return new EnergyIntensity(new BigDecimal(kgcePerTonne), EnergyIntensity.EQUIVALENT, new BigDecimal("0.1229"),
                "concentrate-to-cathode");
    }

    static CloudEvent send(String bootstrapServers, FootprintPublished footprint) {
        CloudEvent event = CloudEvent.create(EventTypes.FOOTPRINT_PUBLISHED, "/footprint-service",
                footprint.footprintId().toString(), footprint);
        new TopicProbe(bootstrapServers).send(Topics.FOOTPRINTS, event.subject(), EventJson.write(event));
        return event;
    }
}
