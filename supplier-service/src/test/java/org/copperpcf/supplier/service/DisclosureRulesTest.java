package org.copperpcf.supplier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.PlausibilityFlag;
import org.copperpcf.supplier.rest.DisclosureRequest;
import org.copperpcf.supplier.rest.DisclosureRequest.Certificate;
import org.copperpcf.supplier.rest.DisclosureRequest.Line;
import org.copperpcf.supplier.rest.DisclosureRequest.Pedigree;
import org.copperpcf.supplier.rest.DisclosureRequest.Quantity;
import org.junit.jupiter.api.Test;

class DisclosureRulesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");
    private static final DisclosureRules RULES = new DisclosureRules(PlausibilityRanges.load());

    private static DisclosureRequest refinery(String electricityMwh, List<Certificate> certificates, Line... more) {
        List<Line> lines = new java.util.ArrayList<>(List.of(new Line("energy", "electricity",
                new BigDecimal(electricityMwh), "MWh", null, null, "primary", null, List.of(), null)));
        lines.addAll(List.of(more));
        return new DisclosureRequest(UUID.randomUUID(), "ELECTROREFINING", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2026-01-01"), "cathode", new Quantity(new BigDecimal("100000"), "t"), lines, null,
                certificates);
    }

    @Test
    void aPlausibleRefineryIsValidAndUnflagged() {
        DisclosureRequest request = refinery("35000", List.of());
        assertEquals(List.of(), RULES.violations(request, TODAY));
        assertEquals(List.of(), RULES.flags(request));
    }

    @Test
    void namesEveryInvalidField() {
        DisclosureRequest request = new DisclosureRequest(null, "SMELTNG", LocalDate.parse("2025-06-01"),
                LocalDate.parse("2025-01-01"), "cathode", new Quantity(BigDecimal.ZERO, "kg"),
                List.of(new Line("energy", "electricity", new BigDecimal("-1"), "kWhh", null, null, "measured",
                                new Pedigree(0, 1, 1, 1, 6), List.of(), null),
                        new Line("scrap", "copper_scrap", BigDecimal.ONE, "t", null, null, "primary", null, null, null),
                        new Line("transport", "road", BigDecimal.ONE, "t", null, null, "primary", null, null, null)),
                null, null);
        List<String> fields = RULES.violations(request, TODAY).stream().map(Violation::field).toList();
        assertEquals(List.of("facilityId", "process", "periodEnd", "production.amount", "production.unit",
                "lines[0].unit", "lines[0].amount", "lines[0].dataType", "lines[0].pedigree.reliability",
                "lines[0].pedigree.technological", "lines[1].scrapKind", "lines[2].distanceKm"), fields);
    }

    @Test
    void aPeriodMustHaveEndedAndLastAtMostAYear() {
        DisclosureRequest future = new DisclosureRequest(UUID.randomUUID(), "ELECTROREFINING",
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-01"), "cathode",
                new Quantity(BigDecimal.TEN, "t"), refinery("1", List.of()).lines(), null, null);
        assertEquals(List.of(new Violation("periodEnd", "the reporting period must have ended")),
                RULES.violations(future, TODAY));
        DisclosureRequest long_ = new DisclosureRequest(UUID.randomUUID(), "ELECTROREFINING",
                LocalDate.parse("2023-01-01"), LocalDate.parse("2025-01-01"), "cathode",
                new Quantity(BigDecimal.TEN, "t"), refinery("1", List.of()).lines(), null, null);
        assertEquals(List.of(new Violation("periodEnd", "a reporting period is at most one year")),
                RULES.violations(long_, TODAY));
    }

    @Test
    void certificatesCannotCoverMoreThanTheElectricityUsed() {
        DisclosureRequest request = refinery("1.5", List.of(
                new Certificate("GEC-1", new BigDecimal("1"), 2025, "wind", UUID.randomUUID()),
                new Certificate("GEC-2", new BigDecimal("1"), 2025, "wind", UUID.randomUUID())));
        assertEquals(List.of(new Violation("greenCertificates",
                "certificates and contracts cover 2 MWh but the electricity lines total 1.5 MWh")),
                RULES.violations(request, TODAY));
    }

    @Test
    void aCertificateListedTwiceOrFromAfterThePeriodIsInvalid() {
        DisclosureRequest request = refinery("100", List.of(
                new Certificate("GEC-1", BigDecimal.ONE, 2025, "wind", null),
                new Certificate("GEC-1", BigDecimal.ONE, 2027, "coal", null)));
        List<String> fields = RULES.violations(request, TODAY).stream().map(Violation::field).toList();
        assertEquals(List.of("greenCertificates[1].certificateId", "greenCertificates[1].vintage",
                "greenCertificates[1].generationType"), fields);
    }

    @Test
    void flagsElectricityOutsideTheRouteRangeWithItsSource() {
        List<PlausibilityFlag> flags = RULES.flags(refinery("60000", List.of()));
        assertEquals(1, flags.size());
        assertEquals("lines[0]", flags.get(0).field);
        assertEquals("electricity is 600 kWh/t of cathode, outside the plausible 300–400 kWh/t for ELECTROREFINING",
                flags.get(0).message);
        assertTrue(flags.get(0).rangeSource.startsWith("Schlesinger"), flags.get(0).rangeSource);
    }

    @Test
    void flagsMoreScrapThanProductionAndCertificatesWithoutRedemptionEvidence() {
        DisclosureRequest request = refinery("35000", List.of(new Certificate("GEC-1", BigDecimal.ONE, 2025, "wind",
                        null)),
                new Line("scrap", "copper_scrap", new BigDecimal("130000"), "t", "post_consumer", null, "primary",
                        null, List.of(), null));
        List<String> fields = RULES.flags(request).stream().map(flag -> flag.field).toList();
        assertEquals(List.of("lines", "greenCertificates[0].redemptionEvidenceId"), fields);
    }
}
