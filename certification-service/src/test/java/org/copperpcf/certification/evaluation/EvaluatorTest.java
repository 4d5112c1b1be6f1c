package org.copperpcf.certification.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.EnergyIntensity;
import org.copperpcf.kit.problem.Violation;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final Benchmark NDRC_BENCHMARK = new Benchmark("NDRC.benchmark", "NDRC", "2023",
            "concentrate-to-cathode", "benchmark", new BigDecimal("260"), "equivalent", "R", "NDRC list", "R");
    private static final Evaluator EVALUATOR = new Evaluator(
            code -> code.equals(NDRC_BENCHMARK.code()) ? Optional.of(NDRC_BENCHMARK) : Optional.empty());
    private static final List<Criterion> ROD = List.of(
            new Criterion("footprint", "kgCo2ePerKg", Criterion.AT_MOST, new BigDecimal("2.0"), null, "proposal", "P", null),
            new Criterion("recycled-content", "recycledContentShare", Criterion.AT_LEAST, new BigDecimal("24"), null,
                    "002_fc6b8c50fb09812b.txt", "V", null),
            new Criterion("renewable-electricity", "renewableElectricityShare", Criterion.AT_LEAST,
                    new BigDecimal("30"), null, "proposal", "P", null),
            new Criterion("smelting-energy", "smeltingEnergyIntensity", Criterion.AT_MOST, null, NDRC_BENCHMARK.code(),
                    null, null, null),
            new Criterion("primary-data", "primaryDataShare", Criterion.AT_LEAST, new BigDecimal("50"), null,
                    "proposal", "P", null),
            new Criterion("data-quality", "dataQualityOverall", Criterion.AT_MOST, new BigDecimal("3"), null,
                    "PEF bands", "R", null));

    @Test
    void aFootprintAtEveryThresholdPassesEveryCriterion() {
        FootprintPublished footprint = footprint("1 kg", "2.0", "24", "30", "50", "3", energy("260", "equivalent"));
        Evaluator.Outcome outcome = EVALUATOR.evaluate(footprint, ROD);
        assertEquals(Evaluator.PASS, outcome.overall());
        outcome.results().forEach(r -> {
            assertEquals(CriterionResult.PASSED, r.outcome(), r.criterion());
            assertTrue(r.passed());
            assertEquals(footprint.versionId(), r.evidence().footprintVersionId());
            assertEquals(footprint.resultHash(), r.evidence().resultHash());
        });
        CriterionResult energy = result(outcome, "smelting-energy");
        assertEquals(new BigDecimal("260"), energy.required());
        assertEquals("R", energy.evidence().thresholdStatus());
        assertEquals(NDRC_BENCHMARK.code(), energy.evidence().benchmark());
        assertEquals("metrics.energyIntensity.smeltingKgcePerTonne", energy.evidence().field());
    }

    @Test
    void aFootprintJustBeyondEveryThresholdFailsEveryCriterion() {
        FootprintPublished footprint = footprint("1 kg", "2.01", "23.99", "29.9", "49", "3.01",
                energy("260.5", "equivalent"));
        Evaluator.Outcome outcome = EVALUATOR.evaluate(footprint, ROD);
        assertEquals(Evaluator.FAIL, outcome.overall());
        outcome.results().forEach(r -> {
            assertEquals(CriterionResult.FAILED, r.outcome(), r.criterion());
            assertFalse(r.passed());
            assertNull(r.notEvaluable());
        });
    }

    @Test
    void withoutEnergyDataTheEnergyCriterionIsNotEvaluableAndTheResultIncomplete() {
        Evaluator.Outcome outcome = EVALUATOR.evaluate(footprint("1 kg", "1", "40", "40", "60", "2", null), ROD);
        assertEquals(Evaluator.INCOMPLETE, outcome.overall());
        CriterionResult energy = result(outcome, "smelting-energy");
        assertEquals(CriterionResult.NOT_EVALUABLE, energy.outcome());
        assertNull(energy.passed());
        assertNull(energy.actual());
        assertTrue(energy.notEvaluable().startsWith("no energy data"), energy.notEvaluable());
    }

    @Test
    void aFailureOutweighsANotEvaluableCriterion() {
        Evaluator.Outcome outcome = EVALUATOR.evaluate(footprint("1 kg", "5", "40", "40", "60", "2", null), ROD);
        assertEquals(Evaluator.FAIL, outcome.overall());
    }

    @Test
    void anotherElectricityBasisIsNotComparedWithTheBenchmark() {
        Evaluator.Outcome outcome = EVALUATOR.evaluate(footprint("1 kg", "1", "40", "40", "60", "2",
                energy("200", "equal-value")), ROD);
        CriterionResult energy = result(outcome, "smelting-energy");
        assertEquals(CriterionResult.NOT_EVALUABLE, energy.outcome());
        assertEquals(new BigDecimal("200"), energy.actual());
        assertTrue(energy.notEvaluable().contains("equal-value"), energy.notEvaluable());
    }

    @Test
    void theFootprintIsConvertedToPerKilogram() {
        Evaluator.Outcome perTonne = EVALUATOR.evaluate(footprint("1 t", "1900", "40", "40", "60", "2", null), ROD);
        assertEquals(0, new BigDecimal("1.9").compareTo(result(perTonne, "footprint").actual()));
        assertEquals(CriterionResult.PASSED, result(perTonne, "footprint").outcome());
        Evaluator.Outcome perPiece = EVALUATOR.evaluate(footprint("1 piece", "1", "40", "40", "60", "2", null), ROD);
        assertEquals(CriterionResult.NOT_EVALUABLE, result(perPiece, "footprint").outcome());
    }

    @Test
    void criteriaAreCheckedFieldByField() {
        List<Violation> violations = Criterion.check(List.of(
                new Criterion("a", "nonsense", "below", null, null, null, "X", null),
                new Criterion("a", "recycledContentShare", Criterion.AT_LEAST, new BigDecimal("120"), null, "s", "V", null),
                new Criterion("b", "primaryDataShare", Criterion.AT_LEAST, null, "NDRC.benchmark", null, null, null),
                new Criterion("c", "smeltingEnergyIntensity", Criterion.AT_MOST, null, "unknown", null, null, null)),
                code -> code.equals(NDRC_BENCHMARK.code()));
        assertEquals(List.of("criteria[0].metric", "criteria[0].comparison", "criteria[0].threshold",
                        "criteria[0].source", "criteria[0].status", "criteria[1].criterion", "criteria[1].threshold",
                        "criteria[2].benchmark", "criteria[3].benchmark"),
                violations.stream().map(Violation::field).toList());
    }

    private static CriterionResult result(Evaluator.Outcome outcome, String criterion) {
        return outcome.results().stream().filter(r -> r.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    private static EnergyIntensity energy(String value, String basis) {
        return new EnergyIntensity(new BigDecimal(value), basis, null, "concentrate-to-cathode");
    }

    private static FootprintPublished footprint(String declaredUnit, String kgCo2e, String recycled, String renewable,
                                                String primary, String dqr, EnergyIntensity energy) {
        BigDecimal q = new BigDecimal(dqr);
        return new FootprintPublished(UUID.randomUUID(), UUID.randomUUID(), 3, null, "copper.rod", declaredUnit, "CN",
                null, new BigDecimal(kgCo2e), null,
                new FootprintPublished.Metrics(new BigDecimal(kgCo2e), BigDecimal.ZERO, new BigDecimal(primary),
                        new BigDecimal(recycled), new BigDecimal(renewable),
                        new FootprintPublished.DataQuality(q, q, q, q, q, q), null, energy),
                null, null, null, "sha256:" + "c4".repeat(32), Instant.parse("2026-03-05T10:15:00Z"), "test");
    }
}
