package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Supply loops are solved exactly, singular ones are named, and the upstream tree ends. */
class LoopTest {

    /** Smelting needs 0.5 kg acid per kg copper, acid making needs 0.2 kg copper per kg acid. */
    private static ProductSystem twoProcessLoop(double copperPerAcid) {
        return ProductSystem.builder()
                .product("copper", "kg").product("acid", "kg")
                .process("smelting", "smelting", "copper", 1).process("acid plant", "smelting", "acid", 1)
                .technology("acid", "smelting", -0.5).technology("copper", "acid plant", -copperPerAcid)
                .flow("CO2", "CO2").characterisation("CO2", 1)
                .intervention("CO2", "smelting", 1).intervention("CO2", "acid plant", 2)
                .build();
    }

    @Test
    void loopMatchesTheClosedForm() {
        // s_copper − 0.2 s_acid = 1 and s_acid − 0.5 s_copper = 0, so s_copper = 1 / 0.9 and s_acid = 0.5 / 0.9;
        // h = 1 · s_copper + 2 · s_acid = 2 / 0.9. A truncated tree walk would stop short of this.
        Result result = new Calculator(Solver.sparseLu()).calculate(twoProcessLoop(0.2), Map.of("copper", 1.0));
        assertEquals(1 / 0.9, result.scaling().get("smelting"), 1e-15);
        assertEquals(0.5 / 0.9, result.scaling().get("acid plant"), 1e-15);
        assertEquals(2 / 0.9, result.total(), 1e-14);
    }

    @Test
    void internalLoopReducesTheNetOutput() {
        ProductSystem system = ProductSystem.builder()
                .product("rod", "kg").process("rod mill", "rod-mill", "rod", 1)
                .technology("rod", "rod mill", -0.1)
                .flow("CO2", "CO2").characterisation("CO2", 1).intervention("CO2", "rod mill", 0.3)
                .build();
        Result result = new Calculator(Solver.sparseLu()).calculate(system, Map.of("rod", 1.0));
        assertEquals(1 / 0.9, result.scaling().get("rod mill"), 1e-15);
        assertEquals(0.3 / 0.9, result.total(), 1e-15);
    }

    @Test
    void upstreamTreeOfALoopEndsAndItsRootCarriesTheTotal() {
        Result result = new Calculator(Solver.sparseLu()).calculate(twoProcessLoop(0.2), Map.of("copper", 1.0),
                1e-9);
        UpstreamNode root = result.upstream().roots().getFirst();
        assertEquals("smelting", root.process());
        assertEquals(result.total(), root.total(), 1e-14);
        assertEquals(1.0, root.direct(), 1e-15);
        UpstreamNode acid = root.children().getFirst();
        assertEquals("acid plant", acid.process());
        assertEquals(0.5, acid.amount(), 1e-15);
        UpstreamNode back = acid.children().getFirst();
        assertEquals("smelting", back.process());
        assertTrue(back.loop());
        assertTrue(back.children().isEmpty());
        assertEquals(0.1 * result.total(), back.total(), 1e-14);
        assertTrue(result.upstream().complete());
    }

    @Test
    void loopThatConsumesAsMuchAsItMakesIsSingularAndNamed() {
        SingularSystemException e = assertThrows(SingularSystemException.class,
                () -> new Calculator(Solver.sparseLu()).calculate(twoProcessLoop(2.0), Map.of("copper", 1.0)));
        assertEquals(List.of("acid plant", "smelting"), e.loop());
        assertTrue(e.getMessage().contains("[acid plant, smelting]"), e.getMessage());
    }

    @Test
    void processThatConsumesAllItsOutputIsSingularAndNamed() {
        ProductSystem system = ProductSystem.builder()
                .product("cathode", "kg").product("anode", "kg")
                .process("refinery", "electrorefining", "cathode", 1).process("anode furnace", "anode", "anode", 1)
                .technology("anode", "refinery", -1.0).technology("anode", "anode furnace", -1.0)
                .build();
        SingularSystemException e = assertThrows(SingularSystemException.class,
                () -> new Calculator(Solver.sparseLu()).calculate(system, Map.of("cathode", 1.0)));
        assertEquals("anode furnace", e.process());
        assertEquals("anode", e.product());
        assertEquals(List.of("anode furnace"), e.loop());
    }

    @Test
    void nearlySingularLoopIsCaughtBeyondExactZeros() {
        // 0.1 · 0.3 · (1 / 0.03) is 1 only up to rounding: the last pivot is about 1e-16, not 0, and EJML accepts it.
        assertThrows(SingularSystemException.class, () -> new Calculator(Solver.sparseLu())
                .calculate(ProductSystem.builder()
                        .product("a", "kg").product("b", "kg").product("c", "kg")
                        .process("pa", "s", "a", 1).process("pb", "s", "b", 1).process("pc", "s", "c", 1)
                        .technology("b", "pa", -0.1).technology("c", "pb", -0.3).technology("a", "pc", -1 / 0.03)
                        .build(), Map.of("a", 1.0)));
    }

    @Test
    void invalidSystemsNameTheCulprit() {
        InvalidSystemException noProvider = assertThrows(InvalidSystemException.class, () -> ProductSystem.builder()
                .product("cathode", "kg").product("scrap", "kg").process("refinery", "r", "cathode", 1)
                .technology("scrap", "refinery", -0.1).build());
        assertTrue(noProvider.getMessage().contains("'scrap'"), noProvider.getMessage());
        InvalidSystemException unknown = assertThrows(InvalidSystemException.class, () -> ProductSystem.builder()
                .product("cathode", "kg").process("refinery", "r", "cathode", 1)
                .intervention("CO2", "refinery", 1).build());
        assertTrue(unknown.getMessage().contains("unknown flow 'CO2'"), unknown.getMessage());
        InvalidSystemException demand = assertThrows(InvalidSystemException.class, () -> Calculator.withDefaults()
                .calculate(HeijungsSuhTest.bookOrder(), Map.of("tube", 1.0)));
        assertTrue(demand.getMessage().contains("'tube'"), demand.getMessage());
    }

    @Test
    void aTreeOfALargeChainStaysWithinItsCutoff() {
        Result result = Calculator.withDefaults().calculate(CopperChain.build(), CopperChain.ONE_KG_TUBE);
        assertFalse(result.upstream().roots().isEmpty());
        assertTrue(result.upstream().complete());
        assertEquals(result.total(), result.upstream().roots().getFirst().total(), 1e-12 * result.total());
        assertAllAboveCutoff(result.upstream().roots().getFirst(), 0.01 * result.total());
    }

    private static void assertAllAboveCutoff(UpstreamNode node, double threshold) {
        for (UpstreamNode child : node.children()) {
            assertTrue(Math.abs(child.total()) >= threshold, child.process());
            assertAllAboveCutoff(child, threshold);
        }
    }
}
