package org.copperpcf.lca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Monte Carlo over the lognormal entries of A and B: each iteration draws every uncertain entry, solves the whole
 * system again and records h. Iterations are cut into fixed blocks of {@value #BLOCK} and block k always draws from
 * the k-th stream split off {@code new SplittableRandom(seed)}, whichever thread runs it; draws are stored by
 * iteration number, so the result is bit-identical for any thread count. Sampling uses {@link StrictMath}, whose
 * results are the same on every platform.
 */
public final class MonteCarlo {
    static final int BLOCK = 250;

    private MonteCarlo() {
    }

    /** With the automatic solver. */
    public static UncertaintyResult run(ProductSystem system, Map<String, Double> demand, int iterations, long seed,
                                        int threads) {
        return run(Solver.automatic(), system, demand, iterations, seed, threads);
    }

    /**
     * @throws SingularSystemException when a draw makes a loop singular
     */
    public static UncertaintyResult run(Solver solver, ProductSystem system, Map<String, Double> demand,
                                        int iterations, long seed, int threads) {
        if (iterations < 2 || threads < 1) {
            throw new IllegalArgumentException("need at least 2 iterations and 1 thread");
        }
        MatrixModel model = system.model();
        double[] f = Calculator.demandVector(model, demand);
        int blocks = (iterations + BLOCK - 1) / BLOCK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[blocks];
        for (int k = 0; k < blocks; k++) {
            streams[k] = root.split();
        }
        double[] draws = new double[iterations];
        if (threads == 1) {
            for (int k = 0; k < blocks; k++) {
                runBlock(solver, model, f, streams[k], k, draws);
            }
        } else {
            runParallel(solver, model, f, streams, draws, threads);
        }
        String inputsHash = new Sha256().text("copperpcf-monte-carlo-v1").text(system.inputsHash())
                .numbers(new TreeMap<>(demand)).integer(iterations).integer(seed).hex();
        Sha256 sha = new Sha256().text(inputsHash).text(solver.name());
        for (double draw : draws) {
            sha.number(draw);
        }
        return statistics(inputsHash, iterations, seed, draws, sha.hex());
    }

    private static void runParallel(Solver solver, MatrixModel model, double[] f, SplittableRandom[] streams,
                                    double[] draws, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < streams.length; k++) {
                int block = k;
                futures.add(pool.submit(() -> runBlock(solver, model, f, streams[block], block, draws)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runBlock(Solver solver, MatrixModel model, double[] f, SplittableRandom random, int block,
                                 double[] draws) {
        Normal normal = new Normal(random);
        double[] aValues = model.a.values().clone();
        double[] bValues = model.b.values().clone();
        int end = Math.min(draws.length, (block + 1) * BLOCK);
        for (int i = block * BLOCK; i < end; i++) {
            draw(model.uncertainA, model.a.values(), aValues, normal);
            draw(model.uncertainB, model.b.values(), bValues, normal);
            SparseMatrix a = model.a.withValues(aValues);
            SparseMatrix b = model.b.withValues(bValues);
            double[] s = Calculator.factorize(solver, model, a).solve(f);
            double[] intensity = model.directIntensity(b);
            double h = 0.0;
            for (int j = 0; j < s.length; j++) {
                h += s[j] * intensity[j];
            }
            draws[i] = h;
        }
    }

    /** values = base with each uncertain entry replaced by a draw (a cell may also hold a certain part). */
    private static void draw(MatrixModel.Uncertain uncertain, double[] base, double[] values, Normal normal) {
        for (int k = 0; k < uncertain.size(); k++) {
            int at = uncertain.positions()[k];
            double amount = uncertain.amounts()[k];
            values[at] = base[at] - amount + amount * StrictMath.exp(uncertain.sigmas()[k] * normal.next());
        }
    }

    private static UncertaintyResult statistics(String inputsHash, int iterations, long seed, double[] draws,
                                                String resultHash) {
        int n = draws.length;
        double sum = 0.0;
        boolean positive = true;
        for (double draw : draws) {
            sum += draw;
            positive &= draw > 0.0;
        }
        double mean = sum / n;
        double squares = 0.0;
        for (double draw : draws) {
            squares += (draw - mean) * (draw - mean);
        }
        double gsd = Double.NaN;
        if (positive) {
            double logSum = 0.0;
            for (double draw : draws) {
                logSum += StrictMath.log(draw);
            }
            double logMean = logSum / n;
            double logSquares = 0.0;
            for (double draw : draws) {
                double d = StrictMath.log(draw) - logMean;
                logSquares += d * d;
            }
            gsd = StrictMath.exp(StrictMath.sqrt(logSquares / (n - 1)));
        }
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        return new UncertaintyResult(inputsHash, iterations, seed, mean, StrictMath.sqrt(squares / (n - 1)),
                percentile(sorted, 0.5), percentile(sorted, 0.025), percentile(sorted, 0.975), gsd, resultHash);
    }

    /** Linear interpolation between order statistics at (n − 1)·q (Hyndman & Fan type 7, as in R and NumPy). */
    static double percentile(double[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** Standard normal draws by Marsaglia's polar method, with StrictMath so they are the same everywhere. */
    private static final class Normal {
        private final SplittableRandom random;
        private double spare;
        private boolean hasSpare;

        Normal(SplittableRandom random) {
            this.random = random;
        }

        double next() {
            if (hasSpare) {
                hasSpare = false;
                return spare;
            }
            double u;
            double v;
            double s;
            do {
                u = 2.0 * random.nextDouble() - 1.0;
                v = 2.0 * random.nextDouble() - 1.0;
                s = u * u + v * v;
            } while (s >= 1.0 || s == 0.0);
            double factor = StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
            spare = v * factor;
            hasSpare = true;
            return u * factor;
        }
    }
}
