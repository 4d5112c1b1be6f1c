package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonteCarloTest {
    private static final ProductSystem CHAIN = CopperChain.build();

    @Test
    void sameSeedGivesBitIdenticalResultsOnOneOrManyThreads() {
        UncertaintyResult one = MonteCarlo.run(CHAIN, CopperChain.ONE_KG_TUBE, 1_001, 42L, 1);
        UncertaintyResult three = MonteCarlo.run(CHAIN, CopperChain.ONE_KG_TUBE, 1_001, 42L, 3);
        assertEquals(one, three);
        assertEquals(one.resultHash(), three.resultHash());
    }

    @Test
    void anotherSeedGivesOtherDraws() {
        UncertaintyResult a = MonteCarlo.run(CHAIN, CopperChain.ONE_KG_TUBE, 500, 42L, 2);
        UncertaintyResult b = MonteCarlo.run(CHAIN, CopperChain.ONE_KG_TUBE, 500, 43L, 2);
        assertNotEquals(a.mean(), b.mean());
        assertNotEquals(a.resultHash(), b.resultHash());
        assertNotEquals(a.inputsHash(), b.inputsHash());
    }

    @Test
    void statisticsAreOrderedAndAroundTheDeterministicResult() {
        double deterministic = Calculator.withDefaults().calculate(CHAIN, CopperChain.ONE_KG_TUBE).total();
        UncertaintyResult r = MonteCarlo.run(CHAIN, CopperChain.ONE_KG_TUBE, 2_000, 7L, 2);
        assertTrue(r.percentile2_5() < r.median() && r.median() < r.percentile97_5(), r.toString());
        assertTrue(r.percentile2_5() < deterministic && deterministic < r.percentile97_5(), r.toString());
        assertTrue(Math.abs(r.median() / deterministic - 1) < 0.1, r.toString());
        assertTrue(r.gsd() > 1.0 && r.gsd() < 2.0, r.toString());
    }

    @Test
    void singleLognormalEntryReproducesItsDistribution() {
        // h = 1 · amount with σ = ln 1.5: the sample GSD estimates 1.5 and the median estimates the amount.
        ProductSystem system = ProductSystem.builder().product("p", "kg").process("make p", "s", "p", 1)
                .flow("CO2", "CO2").characterisation("CO2", 1)
                .intervention("CO2", "make p", 2.0, Lognormal.ofGsd(1.5)).build();
        UncertaintyResult r = MonteCarlo.run(system, java.util.Map.of("p", 1.0), 20_000, 1L, 2);
        assertEquals(1.5, r.gsd(), 0.02);
        assertEquals(2.0, r.median(), 0.03);
    }

    @Test
    void negativeAmountsKeepTheirSign() {
        ProductSystem system = ProductSystem.builder().product("p", "kg").process("make p", "s", "p", 1)
                .flow("CO2", "CO2").characterisation("CO2", 1)
                .intervention("CO2", "make p", -2.0, Lognormal.ofGsd(1.5)).build();
        UncertaintyResult r = MonteCarlo.run(system, java.util.Map.of("p", 1.0), 1_000, 1L, 1);
        assertTrue(r.percentile97_5() < 0.0, r.toString());
        assertTrue(Double.isNaN(r.gsd()));
    }
}
