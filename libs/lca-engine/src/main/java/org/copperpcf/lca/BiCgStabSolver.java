package org.copperpcf.lca;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Iterative solver for systems too large to factorise: BiCGSTAB (van der Vorst 1992) with a Jacobi (diagonal)
 * preconditioner. LCA matrices scaled by their reference amounts are close to the identity, where this converges in
 * few iterations; it needs no fill-in, only a few vectors. Sequential sums in a fixed order, so deterministic.
 *
 * @param tolerance     stop when ‖b − A·x‖ ≤ tolerance · ‖b‖
 * @param maxIterations give up (with a {@link SolverException}) after this many iterations
 */
record BiCgStabSolver(double tolerance, int maxIterations) implements Solver {
    private static final double BREAKDOWN = 1e-30;
    private static final int MAX_RESTARTS = 50;

    BiCgStabSolver {
        if (!(tolerance > 0.0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be positive and maxIterations at least 1");
        }
    }

    @Override
    public String name() {
        return "bicgstab-jacobi";
    }

    @Override
    public Factorization factorize(SparseMatrix a) {
        SparseLuSolver.requireSquare(a);
        SparseMatrix transposed = a.transpose();
        return new Prepared(a, transposed, inverseDiagonal(a), inverseDiagonal(transposed));
    }

    private static double[] inverseDiagonal(SparseMatrix a) {
        double[] inverse = new double[a.columnCount()];
        for (int j = 0; j < a.columnCount(); j++) {
            double d = a.get(j, j);
            if (d == 0.0) {
                throw new SingularMatrixException(j, new int[] {j},
                        "zero on the diagonal of column " + j + ": the Jacobi preconditioner needs a non-zero diagonal");
            }
            inverse[j] = 1.0 / d;
        }
        return inverse;
    }

    private final class Prepared implements Factorization {
        private final SparseMatrix a;
        private final SparseMatrix transposed;
        private final double[] inverseDiagonal;
        private final double[] inverseDiagonalTransposed;

        Prepared(SparseMatrix a, SparseMatrix transposed, double[] inverseDiagonal,
                 double[] inverseDiagonalTransposed) {
            this.a = a;
            this.transposed = transposed;
            this.inverseDiagonal = inverseDiagonal;
            this.inverseDiagonalTransposed = inverseDiagonalTransposed;
        }

        @Override
        public double[] solve(double[] b) {
            return biCgStab(a, inverseDiagonal, b);
        }

        @Override
        public double[] solveTransposed(double[] c) {
            return biCgStab(transposed, inverseDiagonalTransposed, c);
        }
    }

    private double[] biCgStab(SparseMatrix a, double[] inverseDiagonal, double[] b) {
        int n = b.length;
        double[] x = new double[n];
        double bNorm = norm(b);
        if (bNorm == 0.0) {
            return x;
        }
        double[] r = b.clone();
        double[] rHat = shadowResidual(n);
        double[] p = new double[n];
        double[] v = new double[n];
        double[] pHat = new double[n];
        double[] sHat = new double[n];
        double rho = 1.0;
        double alpha = 1.0;
        double omega = 1.0;
        double residual = bNorm;
        int restarts = 0;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double rhoNext = dot(rHat, r);
            if (Math.abs(rhoNext) <= BREAKDOWN * norm(rHat) * residual) {
                // (r̂, r) vanished before r did: restart with the current residual as the shadow vector.
                if (++restarts > MAX_RESTARTS) {
                    break;
                }
                rHat = r.clone();
                rhoNext = dot(rHat, r);
                rho = alpha = omega = 1.0;
                Arrays.fill(p, 0.0);
                Arrays.fill(v, 0.0);
            }
            double beta = (rhoNext / rho) * (alpha / omega);
            for (int i = 0; i < n; i++) {
                p[i] = r[i] + beta * (p[i] - omega * v[i]);
                pHat[i] = p[i] * inverseDiagonal[i];
            }
            v = a.multiply(pHat);
            double rHatV = dot(rHat, v);
            if (rHatV == 0.0) {
                break;
            }
            alpha = rhoNext / rHatV;
            double[] s = r;
            for (int i = 0; i < n; i++) {
                s[i] = r[i] - alpha * v[i];
            }
            if (norm(s) <= tolerance * bNorm) {
                for (int i = 0; i < n; i++) {
                    x[i] += alpha * pHat[i];
                }
                return x;
            }
            for (int i = 0; i < n; i++) {
                sHat[i] = s[i] * inverseDiagonal[i];
            }
            double[] t = a.multiply(sHat);
            double tt = dot(t, t);
            if (tt == 0.0) {
                break;
            }
            omega = dot(t, s) / tt;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * pHat[i] + omega * sHat[i];
                r[i] = s[i] - omega * t[i];
            }
            residual = norm(r);
            if (residual <= tolerance * bNorm) {
                return x;
            }
            rho = rhoNext;
        }
        throw new SolverException("BiCGSTAB did not converge: relative residual " + residual / bNorm
                + " after at most " + maxIterations + " iterations; the system may be singular"
                + " (the sparse LU solver names the loop)");
    }

    /**
     * A fixed pseudo-random shadow residual: r̂ = b would break down at once on supply chains, where the demanded
     * products' rows of the residual become exactly zero after one step.
     */
    private static double[] shadowResidual(int n) {
        SplittableRandom random = new SplittableRandom(0x5eed);
        double[] shadow = new double[n];
        for (int i = 0; i < n; i++) {
            shadow[i] = random.nextDouble() - 0.5;
        }
        return shadow;
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    private static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }
}
