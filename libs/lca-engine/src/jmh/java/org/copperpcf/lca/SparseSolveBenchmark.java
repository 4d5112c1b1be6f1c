package org.copperpcf.lca;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 6: sparse solve of a synthetic system ({@link SyntheticSystem}: about 10 non-zeros per column, with loops)
 * under 2 s at 20,000 processes, a new demand under 50 ms, and at 2,000 processes at least 20× faster than a dense
 * LU (Apache Commons Math, what openLCA falls back to).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SparseSolveBenchmark {
    @Param({"2000", "20000"})
    public int processes;

    private SparseMatrix a;
    private SparseMatrix oneLargeLoop;
    private double[][] demands;
    private Solver.Factorization factorization;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        a = SyntheticSystem.technology(processes, 20_261_122L);
        demands = new double[16][];
        for (int k = 0; k < demands.length; k++) {
            demands[k] = SyntheticSystem.demand(processes, k);
        }
        factorization = Solver.sparseLu().factorize(a);
        oneLargeLoop = SyntheticSystem.oneLargeLoop(processes, 20_261_122L);
    }

    /** Ordering, LU factorisation and one solve. */
    @Benchmark
    public double[] sparseLuFactorizeAndSolve() {
        return Solver.sparseLu().factorize(a).solve(demands[0]);
    }

    /** A new demand on the factorised system: two triangular solves. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] sparseLuNewDemand() {
        next = (next + 1) % demands.length;
        return factorization.solve(demands[next]);
    }

    @Benchmark
    public double[] iterativeSolve() {
        return Solver.iterative().factorize(a).solve(demands[0]);
    }

    /** The worst case: one loop of all processes, where the automatic solver iterates. */
    @Benchmark
    public double[] automaticOnOneLargeLoop() {
        return Solver.automatic().factorize(oneLargeLoop).solve(demands[0]);
    }

    /** The sparse LU on that worst case, only at 2,000 (it fills in almost densely; 5,000 took 28 s). */
    @Benchmark
    public double[] sparseLuOnOneLargeLoop() {
        if (processes > 2_000) {
            return null;
        }
        return Solver.sparseLu().factorize(oneLargeLoop).solve(demands[0]);
    }

    /** The dense comparison, only at 2,000 (20,000² doubles would need 3.2 GB). */
    @Benchmark
    public RealVector denseLuFactorizeAndSolve() {
        if (processes > 2_000) {
            return null;
        }
        double[][] dense = new double[processes][processes];
        for (int j = 0; j < processes; j++) {
            for (int p = a.columnStart()[j]; p < a.columnStart()[j + 1]; p++) {
                dense[a.rows()[p]][j] = a.values()[p];
            }
        }
        return new LUDecomposition(new Array2DRowRealMatrix(dense, false)).getSolver()
                .solve(new ArrayRealVector(demands[0], false));
    }
}
