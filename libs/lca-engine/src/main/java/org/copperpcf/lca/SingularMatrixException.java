package org.copperpcf.lca;

/**
 * The matrix has no unique solution. Positions are columns of the matrix the solver was given, so the caller can
 * name the culprit: {@code column} is where elimination failed, {@code cycle} the columns of the strongly connected
 * block (the supply loop) it belongs to, or just that column when it is not in a loop.
 */
public final class SingularMatrixException extends RuntimeException {
    private final int column;
    private final int[] cycle;

    public SingularMatrixException(int column, int[] cycle, String message) {
        super(message);
        this.column = column;
        this.cycle = cycle.clone();
    }

    public int column() {
        return column;
    }

    public int[] cycle() {
        return cycle.clone();
    }
}
