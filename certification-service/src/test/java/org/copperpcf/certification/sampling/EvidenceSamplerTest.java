package org.copperpcf.certification.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.LineContribution;
import org.copperpcf.contracts.footprint.FootprintPublished.SupplierInput;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.junit.jupiter.api.Test;

class EvidenceSamplerTest {
    private static final UUID D1 = UUID.fromString("10000000-0000-4000-8000-000000000001");
    private static final UUID D2 = UUID.fromString("20000000-0000-4000-8000-000000000002");
    private static final UUID E1 = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    private static final UUID E2 = UUID.fromString("e0000000-0000-4000-8000-000000000002");
    private static final UUID SUPPLIER = UUID.fromString("50000000-0000-4000-8000-000000000005");
    /** The five lines seed 20260305 draws from {@link #large()}: disclosure (first digit) # line. */
    private static final List<String> PINNED = List.of("line:1#12", "line:1#9", "line:1#6", "line:2#2", "line:2#10");

    @Test
    void theSameSeedAndPopulationDrawTheSameSampleAndPinnedSelectionStays() {
        Population population = large();
        EvidenceSampler.Draw first = EvidenceSampler.draw(population, 20260305L, 5, 2);
        EvidenceSampler.Draw again = EvidenceSampler.draw(large(), 20260305L, 5, 2);

        assertEquals(ids(first.lines()), ids(again.lines()));
        assertEquals(ids(first.evidence()), ids(again.evidence()));
        assertEquals(population.hash(), large().hash());
        assertEquals(List.of(1, 2, 3, 4, 5), first.lines().stream().map(EvidenceSampler.Selected::rank).toList());
        // Pinned: SplittableRandom and StrictMath.log are specified bit for bit, so every JVM draws these.
        assertEquals(PINNED, ids(first.lines()));
    }

    @Test
    void aDifferentSeedDrawsADifferentSample() {
        Population population = large();
        Set<List<String>> selections = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            selections.add(ids(EvidenceSampler.draw(population, seed, 5, 0).lines()));
        }
        assertTrue(selections.size() > 1, "five seeds drew one selection: " + selections);
        assertNotEquals(ids(EvidenceSampler.draw(population, 1L, 5, 0).lines()),
                ids(EvidenceSampler.draw(population, 2L, 5, 0).lines()));
    }

    @Test
    void zeroWeightItemsAreNeverDrawnBeforePositiveOnes() {
        List<LineContribution> contributions = new ArrayList<>();
        List<DisclosureAccepted.Line> lines = new ArrayList<>();
        for (int no = 1; no <= 40; no++) {
            contributions.add(new LineContribution(no, no % 2 == 0 ? BigDecimal.ZERO : new BigDecimal("1E-9")));
            lines.add(line(no));
        }
        Population population = Population.of(footprint(List.of(input(D1, "rod-casting", null, contributions))),
                id -> Optional.of(disclosure(D1, lines, List.of())));
        for (long seed = 0; seed < 50; seed++) {
            List<EvidenceSampler.Selected> drawn = EvidenceSampler.draw(population, seed, 25, 0).lines();
            assertEquals(25, drawn.size());
            for (int i = 0; i < 20; i++) {
                assertEquals(1, drawn.get(i).item().lineNo() % 2, "seed " + seed + ": a zero weight before a positive");
            }
            for (int i = 20; i < 25; i++) {
                assertEquals(0, drawn.get(i).item().weight().signum());
            }
        }
    }

    @Test
    void heavierLinesAreDrawnMoreOften() {
        Population population = Population.of(footprint(List.of(input(D1, "rod-casting", null, List.of(
                        new LineContribution(1, new BigDecimal("9")), new LineContribution(2, new BigDecimal("-1")))))),
                id -> Optional.of(disclosure(D1, List.of(line(1), line(2)), List.of())));
        int heavyFirst = 0;
        for (long seed = 0; seed < 1000; seed++) {
            if (EvidenceSampler.draw(population, seed, 1, 0).lines().get(0).item().lineNo() == 1) {
                heavyFirst++;
            }
        }
        // P(line 1 first) = 9 / (9 + |-1|) = 0.9
        assertTrue(heavyFirst > 850 && heavyFirst < 950, "line 1 first in " + heavyFirst + " of 1000");
    }

    @Test
    void weightsFollowTheLineContributionsOrTheRecordedFallback() {
        FootprintPublished footprint = footprint(List.of(
                input(D1, "rod-casting", null, List.of(new LineContribution(1, new BigDecimal("-0.4")),
                        new LineContribution(2, new BigDecimal("0.1")))),
                input(D2, "electrorefining", null, null)));
        Map<UUID, DisclosureAccepted> held = Map.of(
                D1, disclosure(D1, List.of(line(1, E1), line(2, E1, E2)), List.of(evidence(E1), evidence(E2))),
                D2, disclosure(D2, List.of(line(1), line(2), line(3), line(4)), List.of()));
        Population population = Population.of(footprint, id -> Optional.ofNullable(held.get(id)));

        assertEquals(Population.RULE_LINE_CONTRIBUTION, population.weightRules().get(D1));
        assertEquals(Population.RULE_NODE_SPLIT, population.weightRules().get(D2));
        assertEquals(6, population.lines().size());
        assertEquals(new BigDecimal("0.4"), population.lines().get(0).weight());
        assertEquals(0, new BigDecimal("0.25").compareTo(population.lines().get(2).weight()),
                "electrorefining 1.0 over four lines");
        assertEquals(List.of(E1, E2), population.evidence().stream().map(Population.Item::evidenceId).toList());
        assertEquals(new BigDecimal("0.5"), population.evidence().get(0).weight(), "E1: lines 1 and 2");
        assertEquals(new BigDecimal("0.1"), population.evidence().get(1).weight(), "E2: line 2");

        FootprintPublished byShare = footprint(List.of(new SupplierInput("supply", SUPPLIER, "copper.cathode",
                "disclosure", D2, 1L, "sha256:x", "no-such-node", new BigDecimal("0.5"))));
        Population shared = Population.of(byShare, id -> Optional.ofNullable(held.get(id)));
        assertEquals(Population.RULE_SHARE_SPLIT, shared.weightRules().get(D2));
        assertEquals(0, new BigDecimal("0.5").compareTo(shared.lines().get(0).weight()), "0.5 × 4.0 over four lines");
    }

    @Test
    void thePopulationHashChangesWithAWeightAndAMissingDisclosureIsNamed() {
        Population one = Population.of(footprint(List.of(input(D1, "rod-casting", null,
                        List.of(new LineContribution(1, new BigDecimal("0.40")))))),
                id -> Optional.of(disclosure(D1, List.of(line(1)), List.of())));
        Population same = Population.of(footprint(List.of(input(D1, "rod-casting", null,
                        List.of(new LineContribution(1, new BigDecimal("0.4")))))),
                id -> Optional.of(disclosure(D1, List.of(line(1)), List.of())));
        Population other = Population.of(footprint(List.of(input(D1, "rod-casting", null,
                        List.of(new LineContribution(1, new BigDecimal("0.41")))))),
                id -> Optional.of(disclosure(D1, List.of(line(1)), List.of())));
        assertEquals(one.hash(), same.hash(), "0.40 and 0.4 are one weight");
        assertNotEquals(one.hash(), other.hash());
        assertTrue(one.hash().startsWith("sha256:"));

        Population.MissingDisclosures missing = assertThrows(Population.MissingDisclosures.class,
                () -> Population.of(footprint(List.of(input(D2, "x", null, null))), id -> Optional.empty()));
        assertEquals(List.of(D2), missing.missing());
        assertFalse(Population.of(footprint(List.of()), id -> Optional.empty()).lines().iterator().hasNext());
    }

    /** Two disclosures of 12 lines each, weights 1..12 kg, in reverse id order in the lineage. */
    private static Population large() {
        List<LineContribution> contributions = new ArrayList<>();
        List<DisclosureAccepted.Line> lines = new ArrayList<>();
        for (int no = 1; no <= 12; no++) {
            contributions.add(new LineContribution(no, BigDecimal.valueOf(no)));
            lines.add(line(no, no % 2 == 0 ? E1 : E2));
        }
        Map<UUID, DisclosureAccepted> held = Map.of(D1, disclosure(D1, lines, List.of(evidence(E1), evidence(E2))),
                D2, disclosure(D2, lines, List.of(evidence(E1), evidence(E2))));
        return Population.of(footprint(List.of(input(D2, "electrorefining", null, contributions),
                input(D1, "rod-casting", null, contributions))), id -> Optional.ofNullable(held.get(id)));
    }

    private static List<String> ids(List<EvidenceSampler.Selected> selected) {
        return selected.stream().map(s -> s.item().kind() + ":" + (s.item().disclosureId() == null ? ""
                : s.item().disclosureId().toString().substring(0, 1) + "#" + s.item().lineNo())
                + (s.item().evidenceId() == null ? "" : s.item().evidenceId().toString().substring(35))).toList();
    }

    private static SupplierInput input(UUID disclosure, String node, BigDecimal share, List<LineContribution> lines) {
        return new SupplierInput("producer", SUPPLIER, "copper.rod", "disclosure", disclosure, 1L, "sha256:x", node,
                share, lines);
    }

    private static FootprintPublished footprint(List<SupplierInput> inputs) {
        return new FootprintPublished(UUID.randomUUID(), UUID.randomUUID(), 1, null, "copper.rod", "1 kg", "CN", null,
                new BigDecimal("4.0"), new FootprintPublished.Breakdown(Map.of(), Map.of(),
                Map.of("electrorefining", new BigDecimal("1.0"), "rod-casting", new BigDecimal("0.2")), Map.of()),
                null, null, new FootprintPublished.Lineage(null, List.of(), null, "AR6", Map.of(), inputs, List.of(),
                "location_based"), "sha256:i", "sha256:r", null, "test");
    }

    private static DisclosureAccepted.Line line(int no, UUID... evidence) {
        return new DisclosureAccepted.Line(no, "energy", "item " + no, BigDecimal.TEN, "kWh", null, null, "primary",
                null, evidence.length == 0 ? null : List.of(evidence), null);
    }

    private static DisclosureAccepted.Evidence evidence(UUID id) {
        return new DisclosureAccepted.Evidence(id, id + ".pdf", "application/pdf", 100, "ab".repeat(32));
    }

    private static DisclosureAccepted disclosure(UUID id, List<DisclosureAccepted.Line> lines,
                                                 List<DisclosureAccepted.Evidence> evidence) {
        return new DisclosureAccepted(id, 1, DisclosureAccepted.ACCEPTED, id, 1, null, null, SUPPLIER, List.of(),
                null, "ROD_CASTING", null, null, "rod", null, lines, List.of(), List.of(), evidence, List.of(), null,
                "reviewer", null);
    }
}
