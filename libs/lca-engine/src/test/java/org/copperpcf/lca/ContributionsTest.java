package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionsTest {
    private static final Result TUBE = new Calculator(Solver.sparseLu())
            .calculate(CopperChain.build(), CopperChain.ONE_KG_TUBE);

    @Test
    void everyViewSumsToTheTotal() {
        double total = TUBE.total();
        assertTrue(total > 1.0, "a kg of tube emits more than a kg of CO2e: " + total);
        Contributions c = TUBE.contributions();
        for (Map<String, Double> view : new Map[] {c.byProcess(), c.byStage(), c.byGas(), c.byInput()}) {
            assertEquals(total, view.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12 * total);
        }
    }

    @Test
    void viewsAreKeyedByTheAttributes() {
        Contributions c = TUBE.contributions();
        assertEquals(CopperChain.build().processes().keySet(), c.byProcess().keySet());
        assertTrue(c.byStage().keySet().containsAll(java.util.List.of("energy", "smelting", "tube-mill", "mining")));
        assertEquals(java.util.Set.of("CO2", "CH4", "N2O", "CO2e"), c.byGas().keySet());
        assertEquals(java.util.Set.of(Contributions.DIRECT, "material.explosives.ammonium-nitrate",
                "material.flotation-reagents"), c.byInput().keySet());
        assertTrue(c.byInput().get("material.flotation-reagents") > 0.0);
    }

    @Test
    void coProductCreditIsNegative() {
        // The smelter's acid displaces acid made elsewhere: its provider runs at a negative scale.
        assertTrue(TUBE.scaling().get("sulphuric-acid") < 0.0);
        assertTrue(TUBE.contributions().byProcess().get("sulphuric-acid") < 0.0);
    }

    @Test
    void aPreparedSystemGivesTheSameResultForEachDemand() {
        PreparedSystem prepared = new Calculator(Solver.sparseLu()).prepare(CopperChain.build());
        Result tube = prepared.calculate(CopperChain.ONE_KG_TUBE);
        Result rod = prepared.calculate(Map.of("rod", 1.0));
        assertEquals(TUBE, tube);
        assertTrue(rod.total() < tube.total());
        Result both = prepared.calculate(Map.of("rod", 1.0, "tube", 1.0));
        assertEquals(rod.total() + tube.total(), both.total(), 1e-12 * both.total());
        assertEquals(2, both.upstream().roots().size());
    }
}
