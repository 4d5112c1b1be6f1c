package org.copperpcf.lca;

import java.util.SplittableRandom;

/**
 * A random LCA-shaped technology matrix for solver tests and benchmarks: n processes, each making 1 unit of its
 * product and consuming 9 others (about 10 non-zeros per column). Six inputs come from anywhere upstream, two from
 * close upstream neighbours, and one in five processes also feeds a close downstream one (a supply loop). Inputs
 * sum to at most 0.5 per column, so A is column diagonally dominant and therefore regular.
 */
final class SyntheticSystem {
    private SyntheticSystem() {
    }

    static SparseMatrix technology(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SparseMatrix.Builder a = new SparseMatrix.Builder(n, n);
        for (int j = 0; j < n; j++) {
            a.add(j, j, 1.0);
            for (int k = 0; k < 9; k++) {
                int row;
                if (k < 6) {
                    row = j + 1 + random.nextInt(Math.max(1, n - j - 1));
                } else if (k < 8) {
                    row = j + 1 + random.nextInt(50);
                } else if (random.nextInt(5) == 0) {
                    row = j - 1 - random.nextInt(50);
                } else {
                    continue;
                }
                if (row >= 0 && row < n && row != j) {
                    a.add(row, j, -random.nextDouble() * 0.5 / 9);
                }
            }
        }
        return a.build();
    }

    /**
     * The worst case for a direct solver: the 9 inputs of each process come from anywhere, so (almost) all processes
     * form one supply loop and the LU fills in almost densely. Still column diagonally dominant.
     */
    static SparseMatrix oneLargeLoop(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SparseMatrix.Builder a = new SparseMatrix.Builder(n, n);
        for (int j = 0; j < n; j++) {
            a.add(j, j, 1.0);
            for (int k = 0; k < 9; k++) {
                int row = random.nextInt(n);
                if (row != j) {
                    a.add(row, j, -random.nextDouble() * 0.5 / 9);
                }
            }
        }
        return a.build();
    }

    static double[] demand(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] f = new double[n];
        for (int k = 0; k < 5; k++) {
            f[random.nextInt(n)] = 1.0 + random.nextDouble();
        }
        return f;
    }
}
