package org.copperpcf.lca;

/**
 * Chooses per matrix: the sparse LU while it stays sparse, BiCGSTAB for very large systems or large loops.
 *
 * @param maxUnknowns above this many unknowns, iterate
 * @param maxLoop     above this many processes in one strongly connected block, iterate
 */
record AutomaticSolver(int maxUnknowns, int maxLoop) implements Solver {
    private static final SparseLuSolver DIRECT = new SparseLuSolver();
    private static final Solver ITERATIVE = Solver.iterative();

    @Override
    public Factorization factorize(SparseMatrix a) {
        SparseLuSolver.requireSquare(a);
        if (a.columnCount() > maxUnknowns) {
            return ITERATIVE.factorize(a);
        }
        BlockTriangularOrder order = BlockTriangularOrder.of(a);
        return order.largestBlock() > maxLoop ? ITERATIVE.factorize(a) : DIRECT.factorize(a, order);
    }

    @Override
    public String name() {
        return "automatic(" + DIRECT.name() + " up to " + maxUnknowns + " unknowns and loops of " + maxLoop
                + ", else " + ITERATIVE.name() + ")";
    }
}
