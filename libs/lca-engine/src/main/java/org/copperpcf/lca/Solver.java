package org.copperpcf.lca;

/**
 * Solves square systems A·x = b. Implementations hide their library behind this interface, so a faster one can be
 * swapped in without touching callers (olca-modules does the same).
 */
public interface Solver {

    /** Above this many unknowns {@link #automatic()} switches from the sparse LU to the iterative solver. */
    int AUTOMATIC_THRESHOLD = 50_000;

    /**
     * A supply loop (strongly connected block) larger than this makes {@link #automatic()} switch to the iterative
     * solver: without a fill-reducing ordering the LU of a loop block fills in almost densely (measured: 1.7 s for
     * one 2,000-process loop, 28 s for 5,000; docs/performance.md).
     */
    int AUTOMATIC_LOOP_THRESHOLD = 1_000;

    /** The sparse direct solver (block triangular order + EJML sparse LU): exact, names singular loops. */
    static Solver sparseLu() {
        return new SparseLuSolver();
    }

    /** BiCGSTAB with a Jacobi preconditioner, relative residual 1e-12, at most 10,000 iterations. */
    static Solver iterative() {
        return new BiCgStabSolver(1e-12, 10_000);
    }

    /**
     * The sparse LU up to {@value #AUTOMATIC_THRESHOLD} unknowns and loops of up to {@value #AUTOMATIC_LOOP_THRESHOLD}
     * processes, the iterative solver otherwise.
     */
    static Solver automatic() {
        return new AutomaticSolver(AUTOMATIC_THRESHOLD, AUTOMATIC_LOOP_THRESHOLD);
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
