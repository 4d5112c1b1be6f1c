package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** BRIEF.md §8.1: the Heijungs & Suh two-process system, exact in floating point, in both row orders. */
class HeijungsSuhTest {

    /** Rows (electricity, fuel), as in the book. */
    static ProductSystem bookOrder() {
        return ProductSystem.builder()
                .product("electricity", "kWh").product("fuel", "l")
                .process("electricity production", "generation", "electricity", 10)
                .process("fuel production", "refining", "fuel", 100)
                .technology("fuel", "electricity production", -2)
                .flow("crude oil", "resource").flow("CO2", "CO2").flow("SO2", "SO2")
                .intervention("crude oil", "fuel production", -50)
                .intervention("CO2", "electricity production", 1).intervention("CO2", "fuel production", 10)
                .intervention("SO2", "electricity production", 0.1).intervention("SO2", "fuel production", 2)
                .characterisation("CO2", 1)
                .build();
    }

    /** Rows (fuel, electricity), as in github.com/renaud/lca_with_matrices: everything added the other way round. */
    static ProductSystem renaudOrder() {
        return ProductSystem.builder()
                .characterisation("CO2", 1)
                .flow("SO2", "SO2").flow("CO2", "CO2").flow("crude oil", "resource")
                .intervention("SO2", "fuel production", 2).intervention("SO2", "electricity production", 0.1)
                .intervention("CO2", "fuel production", 10).intervention("CO2", "electricity production", 1)
                .intervention("crude oil", "fuel production", -50)
                .technology("fuel", "electricity production", -2)
                .process("fuel production", "refining", "fuel", 100)
                .process("electricity production", "generation", "electricity", 10)
                .product("fuel", "l").product("electricity", "kWh")
                .build();
    }

    @Test
    void bookOrderGivesThePublishedNumbers() {
        assertPublished(new Calculator(Solver.sparseLu()).calculate(bookOrder(), Map.of("electricity", 1000.0)));
    }

    @Test
    void renaudOrderGivesBitIdenticalNumbers() {
        Calculator calculator = new Calculator(Solver.sparseLu());
        Result book = calculator.calculate(bookOrder(), Map.of("electricity", 1000.0));
        Result renaud = calculator.calculate(renaudOrder(), Map.of("electricity", 1000.0));
        assertPublished(renaud);
        assertEquals(book, renaud);
        assertEquals(book.resultHash(), renaud.resultHash());
    }

    /** Renamed so that the alphabetical (matrix) order of products and processes is reversed. */
    @Test
    void reversedMatrixPositionsGiveTheSameNumbers() {
        ProductSystem reversed = ProductSystem.builder()
                .product("z-electricity", "kWh").product("a-fuel", "l")
                .process("z-electricity production", "generation", "z-electricity", 10)
                .process("a-fuel production", "refining", "a-fuel", 100)
                .technology("a-fuel", "z-electricity production", -2)
                .flow("crude oil", "resource").flow("CO2", "CO2").flow("SO2", "SO2")
                .intervention("crude oil", "a-fuel production", -50)
                .intervention("CO2", "z-electricity production", 1).intervention("CO2", "a-fuel production", 10)
                .intervention("SO2", "z-electricity production", 0.1).intervention("SO2", "a-fuel production", 2)
                .characterisation("CO2", 1)
                .build();
        Result result = new Calculator(Solver.sparseLu()).calculate(reversed, Map.of("z-electricity", 1000.0));
        assertEquals(100.0, result.scaling().get("z-electricity production"), 0.0);
        assertEquals(2.0, result.scaling().get("a-fuel production"), 0.0);
        assertEquals(120.0, result.total(), 0.0);
    }

    @Test
    void iterativeSolverAgreesToRounding() {
        Result result = new Calculator(Solver.iterative()).calculate(bookOrder(), Map.of("electricity", 1000.0));
        assertEquals(100.0, result.scaling().get("electricity production"), 1e-9);
        assertEquals(2.0, result.scaling().get("fuel production"), 1e-9);
        assertEquals(120.0, result.total(), 1e-9);
    }

    private static void assertPublished(Result result) {
        assertEquals(100.0, result.scaling().get("electricity production"), 0.0);
        assertEquals(2.0, result.scaling().get("fuel production"), 0.0);
        assertEquals(-100.0, result.inventory().get("crude oil"), 0.0);
        assertEquals(120.0, result.inventory().get("CO2"), 0.0);
        assertEquals(14.0, result.inventory().get("SO2"), 0.0);
        assertEquals(120.0, result.total(), 0.0);
    }
}
