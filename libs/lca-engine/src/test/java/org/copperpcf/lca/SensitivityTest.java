package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitivityTest {
    private static final Map<String, Double> DEMAND = Map.of("electricity", 1000.0);

    @Test
    void directionAndSizeFollowTheHeijungsSuhNumbers() {
        List<SensitivityResult> results = Sensitivity.oneAtATime(Solver.sparseLu(), HeijungsSuhTest.bookOrder(),
                DEMAND, List.of(
                        Parameter.intervention("CO2", "electricity production"),
                        Parameter.technology("fuel", "electricity production"),
                        Parameter.intervention("SO2", "fuel production"),
                        Parameter.characterisation("CO2")), 0.1);
        // h = 100 kg CO2 from power plus 20 kg from fuel making (2 · 10).
        SensitivityResult power = results.get(0);
        assertEquals(120.0, power.base(), 1e-12);
        assertEquals(110.0, power.low(), 1e-12);
        assertEquals(130.0, power.high(), 1e-12);
        assertEquals(100.0 / 120.0, power.elasticity(), 1e-12);
        SensitivityResult fuelUse = results.get(1);
        assertTrue(fuelUse.low() < fuelUse.base() && fuelUse.base() < fuelUse.high(), fuelUse.toString());
        assertEquals(20.0 / 120.0, fuelUse.elasticity(), 1e-12);
        assertEquals(0.0, results.get(2).elasticity(), 0.0);
        assertEquals(1.0, results.get(3).elasticity(), 1e-12);
    }

    @Test
    void aCreditMovesTheResultTheOtherWay() {
        SensitivityResult acid = Sensitivity.oneAtATime(Solver.sparseLu(), CopperChain.build(),
                CopperChain.ONE_KG_TUBE, List.of(Parameter.technology("sulphuric-acid", "matte")), 0.1).getFirst();
        assertTrue(acid.high() < acid.base() && acid.base() < acid.low(), acid.toString());
        assertTrue(acid.elasticity() < 0.0);
    }

    @Test
    void unknownParameterIsNamed() {
        InvalidSystemException e = assertThrows(InvalidSystemException.class, () -> Sensitivity.oneAtATime(
                HeijungsSuhTest.bookOrder(), DEMAND, List.of(Parameter.intervention("CH4", "fuel production")), 0.1));
        assertTrue(e.getMessage().contains("CH4"), e.getMessage());
    }
}
