package org.copperpcf.lca;

import java.util.Arrays;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.decomposition.lu.LuUpLooking_DSCC;

/**
 * Sparse direct solver: block triangular ordering ({@link BlockTriangularOrder}), then EJML's sparse LU with partial
 * pivoting (a port of CSparse's {@code cs_lu}). The triangular solves are our own so the same factors also solve the
 * transposed system. Deterministic: no threads, no hash order.
 */
final class SparseLuSolver implements Solver {
    /** A pivot this much smaller than its column's largest entry counts as zero (loss of all significant digits). */
    private static final double PIVOT_TOLERANCE = 1e-12;

    @Override
    public String name() {
        return "sparse-lu";
    }

    @Override
    public Factorization factorize(SparseMatrix a) {
        requireSquare(a);
        return factorize(a, BlockTriangularOrder.of(a));
    }

    /** With the block order already computed (by {@link AutomaticSolver}). */
    Factorization factorize(SparseMatrix a, BlockTriangularOrder order) {
        SparseMatrix m = order.permute(a);
        int n = m.columnCount();
        int[] blockOf = order.blockOfPosition();
        for (int k = 0; k < n; k++) {
            if (order.blockStart()[blockOf[k] + 1] - order.blockStart()[blockOf[k]] == 1 && m.get(k, k) == 0.0) {
                throw singular(order, k, blockOf);
            }
        }
        LuUpLooking_DSCC lu = new LuUpLooking_DSCC(null);
        if (!lu.decompose(toEjml(m))) {
            throw singular(order, firstSingularLoop(m, order), blockOf);
        }
        DMatrixSparseCSC lower = lu.getL();
        DMatrixSparseCSC upper = lu.getU();
        Triangular l = Triangular.of(lower, n);
        Triangular u = Triangular.of(upper, n);
        for (int k = 0; k < n; k++) {
            double columnMax = 0.0;
            for (int p = m.columnStart()[k]; p < m.columnStart()[k + 1]; p++) {
                columnMax = Math.max(columnMax, Math.abs(m.values()[p]));
            }
            if (Math.abs(u.values[u.diagonal[k]]) <= PIVOT_TOLERANCE * columnMax) {
                throw singular(order, k, blockOf);
            }
        }
        return new LuFactors(order.order(), Arrays.copyOf(lu.getPinv(), n), l, u);
    }

    private static DMatrixSparseCSC toEjml(SparseMatrix m) {
        DMatrixSparseCSC e = new DMatrixSparseCSC(m.rowCount(), m.columnCount(), m.nonZeros());
        System.arraycopy(m.columnStart(), 0, e.col_idx, 0, m.columnCount() + 1);
        System.arraycopy(m.rows(), 0, e.nz_rows, 0, m.nonZeros());
        System.arraycopy(m.values(), 0, e.nz_values, 0, m.nonZeros());
        e.nz_length = m.nonZeros();
        e.indicesSorted = true;
        return e;
    }

    /** Error path only: factorise each loop block alone to find the one without a unique solution. */
    private static int firstSingularLoop(SparseMatrix m, BlockTriangularOrder order) {
        int[] blockStart = order.blockStart();
        for (int b = 0; b + 1 < blockStart.length; b++) {
            int from = blockStart[b];
            int size = blockStart[b + 1] - from;
            if (size == 1) {
                continue;
            }
            SparseMatrix.Builder block = new SparseMatrix.Builder(size, size);
            for (int j = from; j < from + size; j++) {
                for (int p = m.columnStart()[j]; p < m.columnStart()[j + 1]; p++) {
                    int i = m.rows()[p];
                    if (i >= from && i < from + size) {
                        block.add(i - from, j - from, m.values()[p]);
                    }
                }
            }
            if (!new LuUpLooking_DSCC(null).decompose(toEjml(block.build()))) {
                return from + size - 1;
            }
        }
        throw new IllegalStateException("LU failed although every diagonal block factorises");
    }

    private static SingularMatrixException singular(BlockTriangularOrder order, int position, int[] blockOf) {
        int[] cycle = order.block(blockOf[position]);
        int column = order.order()[position];
        String where = cycle.length == 1
                ? "column " + column + " has no usable pivot"
                : "the loop of columns " + Arrays.toString(cycle) + " has no unique solution";
        return new SingularMatrixException(column, cycle, "singular matrix: " + where);
    }

    static void requireSquare(SparseMatrix a) {
        if (a.rowCount() != a.columnCount()) {
            throw new IllegalArgumentException("matrix is " + a.rowCount() + " x " + a.columnCount()
                    + ", not square");
        }
    }

    /** A triangular CSC factor with the position of each column's diagonal entry. */
    private record Triangular(int[] start, int[] rows, double[] values, int[] diagonal) {
        static Triangular of(DMatrixSparseCSC f, int n) {
            int[] start = Arrays.copyOf(f.col_idx, n + 1);
            int[] rows = Arrays.copyOf(f.nz_rows, start[n]);
            double[] values = Arrays.copyOf(f.nz_values, start[n]);
            int[] diagonal = new int[n];
            Arrays.fill(diagonal, -1);
            for (int j = 0; j < n; j++) {
                for (int p = start[j]; p < start[j + 1]; p++) {
                    if (rows[p] == j) {
                        diagonal[j] = p;
                    }
                }
                if (diagonal[j] < 0) {
                    throw new IllegalStateException("factor column " + j + " has no diagonal entry");
                }
            }
            return new Triangular(start, rows, values, diagonal);
        }

        /** Column-oriented forward (lower) or backward (upper) substitution in place. */
        void solveInPlace(double[] x, boolean lower) {
            int n = diagonal.length;
            for (int step = 0; step < n; step++) {
                int j = lower ? step : n - 1 - step;
                double xj = x[j] / values[diagonal[j]];
                x[j] = xj;
                if (xj == 0.0) {
                    continue;
                }
                for (int p = start[j]; p < start[j + 1]; p++) {
                    if (p != diagonal[j]) {
                        x[rows[p]] -= values[p] * xj;
                    }
                }
            }
        }

        /** Substitution with the transpose: an upper-triangular solve for L, lower for U. */
        void solveTransposedInPlace(double[] x, boolean lower) {
            int n = diagonal.length;
            for (int step = 0; step < n; step++) {
                int j = lower ? n - 1 - step : step;
                double sum = x[j];
                for (int p = start[j]; p < start[j + 1]; p++) {
                    if (p != diagonal[j]) {
                        sum -= values[p] * x[rows[p]];
                    }
                }
                x[j] = sum / values[diagonal[j]];
            }
        }
    }

    /**
     * L·U = R·(P·A·Pᵀ), where P is the block order ({@code order}: new position → original index) and R the row pivot
     * ({@code pinv}: row i of P·A·Pᵀ is row pinv[i] of L·U).
     */
    private record LuFactors(int[] order, int[] pinv, Triangular l, Triangular u) implements Factorization {
        @Override
        public double[] solve(double[] b) {
            int n = order.length;
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                x[pinv[k]] = b[order[k]];
            }
            l.solveInPlace(x, true);
            u.solveInPlace(x, false);
            double[] result = new double[n];
            for (int k = 0; k < n; k++) {
                result[order[k]] = x[k];
            }
            return result;
        }

        @Override
        public double[] solveTransposed(double[] c) {
            int n = order.length;
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = c[order[k]];
            }
            u.solveTransposedInPlace(x, false);
            l.solveTransposedInPlace(x, true);
            double[] result = new double[n];
            for (int k = 0; k < n; k++) {
                result[order[k]] = x[pinv[k]];
            }
            return result;
        }
    }
}
