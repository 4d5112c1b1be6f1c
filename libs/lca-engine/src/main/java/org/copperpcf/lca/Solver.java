package org.copperpcf.lca;

/**
 * Solves square systems A·x = b. Implementations hide their library behind this interface, so a faster one can be
 * swapped in without touching callers (olca-modules does the same).
 */
public interface Solver {

    /** Above this many unknowns {@link #automatic()} switches from the sparse LU to the iterative solver. */
    int AUTOMATIC_THRESHOLD = 50_000;

    /** The sparse direct solver (block triangular order + EJML sparse LU): exact, names singular loops. */
    static Solver sparseLu() {
        return new SparseLuSolver();
    }

    /** BiCGSTAB with a Jacobi preconditioner, relative residual 1e-12, at most 10,000 iterations. */
    static Solver iterative() {
        return new BiCgStabSolver(1e-12, 10_000);
    }

    /** The sparse LU up to {@link #AUTOMATIC_THRESHOLD} unknowns, the iterative solver above. */
    static Solver automatic() {
        return automatic(AUTOMATIC_THRESHOLD);
    }

    /** The sparse LU up to {@code threshold} unknowns, the iterative solver above. */
    static Solver automatic(int threshold) {
        Solver direct = sparseLu();
        Solver iterative = iterative();
        return new Solver() {
            @Override
            public Factorization factorize(SparseMatrix a) {
                return (a.columnCount() <= threshold ? direct : iterative).factorize(a);
            }

            @Override
            public String name() {
                return "automatic(" + direct.name() + " up to " + threshold + ", else " + iterative.name() + ")";
            }
        };
    }

    /**
     * Prepares A once (a factorisation, or a preconditioner for an iterative method) so that each further right-hand
     * side is cheap.
     *
     * @throws SingularMatrixException when A has no unique solution
     */
    Factorization factorize(SparseMatrix a);

    /** A short, stable name recorded with results (e.g. {@code sparse-lu}). */
    String name();

    /** A prepared system: solve for any number of right-hand sides. Safe to share between threads. */
    interface Factorization {
        /** x with A·x = b. */
        double[] solve(double[] b);

        /** y with Aᵀ·y = c, e.g. the impact per unit of each product (c = (C·B)ᵀ). */
        double[] solveTransposed(double[] c);
    }
}
