package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HashTest {
    private static final Map<String, Double> DEMAND = Map.of("electricity", 1000.0);
    private static final String PINNED_SYSTEM = "31205d8a82950fb67357bc9a135275c0c3c3af41cb473d54b94d047a0dbcea05";
    private static final String PINNED_INPUTS = "2d1a27969e15d710337757aae0d720477edefec65f286846ef98d18866dafd5b";
    private static final String PINNED_RESULT = "074ea385d18734c87a2582d8cb3ecd9674852d732f529e04a1ecb5153ac07443";

    @Test
    void inputsHashIgnoresTheOrderEntriesWereAdded() {
        assertEquals(HeijungsSuhTest.bookOrder().inputsHash(), HeijungsSuhTest.renaudOrder().inputsHash());
    }

    /** The canonical encoding is part of the audit trail: changing it must be a deliberate, visible change. */
    @Test
    void hashesArePinned() {
        Result result = new Calculator(Solver.sparseLu()).calculate(HeijungsSuhTest.bookOrder(), DEMAND);
        assertEquals(PINNED_SYSTEM, HeijungsSuhTest.bookOrder().inputsHash());
        assertEquals(PINNED_INPUTS, result.inputsHash());
        assertEquals(PINNED_RESULT, result.resultHash());
    }

    @Test
    void anyChangeOfInputChangesTheHashes() {
        ProductSystem changed = ProductSystem.builder()
                .product("electricity", "kWh").product("fuel", "l")
                .process("electricity production", "generation", "electricity", 10)
                .process("fuel production", "refining", "fuel", 100)
                .technology("fuel", "electricity production", -2)
                .flow("crude oil", "resource").flow("CO2", "CO2").flow("SO2", "SO2")
                .intervention("crude oil", "fuel production", -50)
                .intervention("CO2", "electricity production", 1).intervention("CO2", "fuel production", 10)
                .intervention("SO2", "electricity production", 0.1).intervention("SO2", "fuel production", 2.000001)
                .characterisation("CO2", 1)
                .build();
        assertNotEquals(HeijungsSuhTest.bookOrder().inputsHash(), changed.inputsHash());
        Calculator calculator = new Calculator(Solver.sparseLu());
        Result a = calculator.calculate(HeijungsSuhTest.bookOrder(), DEMAND);
        assertNotEquals(a.inputsHash(), calculator.calculate(HeijungsSuhTest.bookOrder(),
                Map.of("electricity", 1001.0)).inputsHash());
        assertNotEquals(a.resultHash(), calculator.calculate(changed, DEMAND).resultHash());
    }

    @Test
    void repeatedCalculationsAreBitIdentical() {
        ProductSystem chain = CopperChain.build();
        assertEquals(chain.inputsHash(), CopperChain.build().inputsHash());
        assertEquals(Calculator.withDefaults().calculate(chain, CopperChain.ONE_KG_TUBE),
                Calculator.withDefaults().calculate(CopperChain.build(), CopperChain.ONE_KG_TUBE));
    }

}
