package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SolverTest {

    @Test
    void directAndIterativeAgreeOnARandomSparseSystemWithLoops() {
        SparseMatrix a = SyntheticSystem.technology(2_000, 11L);
        double[] f = SyntheticSystem.demand(2_000, 12L);
        Solver.Factorization direct = Solver.sparseLu().factorize(a);
        Solver.Factorization iterative = Solver.iterative().factorize(a);
        assertClose(direct.solve(f), iterative.solve(f), 1e-9);
        double[] c = SyntheticSystem.demand(2_000, 13L);
        assertClose(direct.solveTransposed(c), iterative.solveTransposed(c), 1e-9);
        assertResidualSmall(a, direct.solve(f), f);
        assertResidualSmall(a.transpose(), direct.solveTransposed(c), c);
    }

    @Test
    void syntheticSystemHasLoops() {
        BlockTriangularOrder order = BlockTriangularOrder.of(SyntheticSystem.technology(2_000, 11L));
        assertTrue(order.blockStart().length - 1 < 2_000, "some blocks are loops");
    }

    /** Random values without diagonal dominance, so the LU pivots off the diagonal. */
    @Test
    void directSolverPivots() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 40;
        SparseMatrix.Builder builder = new SparseMatrix.Builder(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j || random.nextInt(4) == 0) {
                    builder.add(i, j, random.nextDouble() * 2 - 1);
                }
            }
        }
        SparseMatrix a = builder.build();
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextDouble();
        }
        Solver.Factorization lu = Solver.sparseLu().factorize(a);
        assertResidualSmall(a, lu.solve(b), b);
        assertResidualSmall(a.transpose(), lu.solveTransposed(b), b);
    }

    @Test
    void automaticSwitchesBySizeAndByLoopSize() {
        SparseMatrix a = SyntheticSystem.technology(300, 3L);
        double[] f = SyntheticSystem.demand(300, 4L);
        int largestLoop = BlockTriangularOrder.of(a).largestBlock();
        assertTrue(largestLoop > 1);
        double[] direct = Solver.sparseLu().factorize(a).solve(f);
        double[] iterative = Solver.iterative().factorize(a).solve(f);
        assertClose(direct, new AutomaticSolver(1_000, largestLoop).factorize(a).solve(f), 0.0);
        assertClose(iterative, new AutomaticSolver(100, largestLoop).factorize(a).solve(f), 0.0);
        assertClose(iterative, new AutomaticSolver(1_000, largestLoop - 1).factorize(a).solve(f), 0.0);
    }

    @Test
    void iterativeSolverGivesUpOnASingularLoop() {
        SparseMatrix.Builder builder = new SparseMatrix.Builder(2, 2);
        builder.add(0, 0, 1).add(1, 1, 1).add(0, 1, -1).add(1, 0, -1);
        assertThrows(SolverException.class, () -> Solver.iterative().factorize(builder.build())
                .solve(new double[] {1, 0}));
    }

    private static void assertClose(double[] expected, double[] actual, double relative) {
        double scale = 0.0;
        for (double x : expected) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relative * scale, "entry " + i);
        }
    }

    private static void assertResidualSmall(SparseMatrix a, double[] x, double[] b) {
        double[] ax = a.multiply(x);
        double worst = 0.0;
        double scale = 0.0;
        for (int i = 0; i < b.length; i++) {
            worst = Math.max(worst, Math.abs(ax[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        assertTrue(worst <= 1e-12 * scale, "residual " + worst);
    }
}
