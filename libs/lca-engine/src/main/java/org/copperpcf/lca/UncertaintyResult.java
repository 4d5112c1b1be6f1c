package org.copperpcf.lca;

/**
 * Monte Carlo statistics of the total h.
 *
 * @param inputsHash SHA-256 of the product system, demand, iteration count and seed (not the thread count, which
 *                   does not change the result)
 * @param gsd        geometric standard deviation exp(sd(ln h)); NaN when a draw was zero or negative
 * @param resultHash SHA-256 of inputsHash and every draw in iteration order
 */
public record UncertaintyResult(String inputsHash, int iterations, long seed, double mean, double standardDeviation,
                                double median, double percentile2_5, double percentile97_5, double gsd,
                                String resultHash) {
}
