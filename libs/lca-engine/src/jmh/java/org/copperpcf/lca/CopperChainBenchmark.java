package org.copperpcf.lca;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issue 6: the 50-process copper chain, full calculation under 1 ms, 10,000 Monte Carlo iterations under 2 s. */
@State(Scope.Benchmark)
public class CopperChainBenchmark {
    private ProductSystem chain;
    private Calculator calculator;
    private PreparedSystem prepared;
    private final Map<String, Double> rod = Map.of("rod", 1.0);

    @Setup
    public void setUp() {
        chain = CopperChain.build();
        calculator = new Calculator(Solver.sparseLu());
        prepared = calculator.prepare(chain);
    }

    /** Factorise, solve, g, h, contributions per process/stage/gas/input, upstream tree (1 % cutoff), hashes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Result fullCalculation() {
        return calculator.calculate(chain, CopperChain.ONE_KG_TUBE);
    }

    /** The same, building the product system from scratch first (validation, index, matrices, inputs hash). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Result buildAndCalculate() {
        return calculator.calculate(CopperChain.build(), CopperChain.ONE_KG_TUBE);
    }

    /** Another demand on an already factorised system. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Result newDemandOnPreparedSystem() {
        return prepared.calculate(rod);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public UncertaintyResult monteCarlo10000TwoThreads() {
        return MonteCarlo.run(Solver.sparseLu(), chain, CopperChain.ONE_KG_TUBE, 10_000, 42L, 2);
    }
}
