package org.copperpcf.lca;

import java.util.SortedMap;

/**
 * A calculation result, per id. Numbers are {@code double}; convert at the caller's boundary (docs/architecture/
 * engine.md recommends the scale and rounding).
 *
 * @param inputsHash SHA-256 of the product system, the demand and the tree cutoff
 * @param solver     the solver that produced it (different solvers agree to rounding, not to the bit)
 * @param scaling    s: how many times each process's reference amount is needed
 * @param inventory  g = B·s, per flow
 * @param total      h = C·g
 * @param resultHash SHA-256 of inputsHash, the solver name and every number above, the tree included
 */
public record Result(String inputsHash, String solver, SortedMap<String, Double> demand,
                     SortedMap<String, Double> scaling, SortedMap<String, Double> inventory, double total,
                     Contributions contributions, UpstreamTree upstream, String resultHash) {
}
