package org.copperpcf.lca;

import java.util.Arrays;

/**
 * A square or rectangular matrix in compressed sparse column form: the column {@code j} holds the rows
 * {@code rows[columnStart[j] .. columnStart[j+1])} with the same positions in {@code values}, rows ascending.
 * Our own type, so a solver library can be swapped without touching callers. The arrays are shared, not copied:
 * treat them as read-only.
 */
public record SparseMatrix(int rowCount, int columnCount, int[] columnStart, int[] rows, double[] values) {

    public SparseMatrix {
        if (columnStart.length != columnCount + 1 || rows.length != values.length
                || columnStart[columnCount] != values.length) {
            throw new IllegalArgumentException("inconsistent compressed sparse column arrays");
        }
    }

    /** The number of stored entries. */
    public int nonZeros() {
        return values.length;
    }

    /** The same structure with other values (e.g. a Monte Carlo draw): the structure arrays are shared. */
    public SparseMatrix withValues(double[] newValues) {
        return new SparseMatrix(rowCount, columnCount, columnStart, rows, newValues);
    }

    /** The stored value at (row, column), or 0. */
    public double get(int row, int column) {
        int at = position(row, column);
        return at >= 0 ? values[at] : 0.0;
    }

    /** Where (row, column) is stored in {@link #values()}, or a negative number when it is not stored. */
    public int position(int row, int column) {
        return Arrays.binarySearch(rows, columnStart[column], columnStart[column + 1], row);
    }

    /** y = this · x. */
    public double[] multiply(double[] x) {
        double[] y = new double[rowCount];
        for (int j = 0; j < columnCount; j++) {
            double xj = x[j];
            if (xj == 0.0) {
                continue;
            }
            for (int p = columnStart[j]; p < columnStart[j + 1]; p++) {
                y[rows[p]] += values[p] * xj;
            }
        }
        return y;
    }

    /** y = thisᵀ · x. */
    public double[] multiplyTransposed(double[] x) {
        double[] y = new double[columnCount];
        for (int j = 0; j < columnCount; j++) {
            double sum = 0.0;
            for (int p = columnStart[j]; p < columnStart[j + 1]; p++) {
                sum += values[p] * x[rows[p]];
            }
            y[j] = sum;
        }
        return y;
    }

    /** The transpose, again with ascending rows per column. */
    public SparseMatrix transpose() {
        int[] start = new int[rowCount + 1];
        for (int row : rows) {
            start[row + 1]++;
        }
        for (int i = 0; i < rowCount; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, rowCount);
        int[] newRows = new int[rows.length];
        double[] newValues = new double[values.length];
        for (int j = 0; j < columnCount; j++) {
            for (int p = columnStart[j]; p < columnStart[j + 1]; p++) {
                int q = next[rows[p]]++;
                newRows[q] = j;
                newValues[q] = values[p];
            }
        }
        return new SparseMatrix(columnCount, rowCount, start, newRows, newValues);
    }

    /** Collects (row, column, value) triplets, summing duplicates, into a {@link SparseMatrix}. */
    public static final class Builder {
        private final int rowCount;
        private final int columnCount;
        private int[] tripletRows = new int[16];
        private int[] tripletColumns = new int[16];
        private double[] tripletValues = new double[16];
        private int size;

        public Builder(int rowCount, int columnCount) {
            this.rowCount = rowCount;
            this.columnCount = columnCount;
        }

        public Builder add(int row, int column, double value) {
            if (row < 0 || row >= rowCount || column < 0 || column >= columnCount) {
                throw new IndexOutOfBoundsException("(" + row + ", " + column + ") outside "
                        + rowCount + " x " + columnCount);
            }
            if (size == tripletRows.length) {
                tripletRows = Arrays.copyOf(tripletRows, size * 2);
                tripletColumns = Arrays.copyOf(tripletColumns, size * 2);
                tripletValues = Arrays.copyOf(tripletValues, size * 2);
            }
            tripletRows[size] = row;
            tripletColumns[size] = column;
            tripletValues[size] = value;
            size++;
            return this;
        }

        public SparseMatrix build() {
            int[] start = new int[columnCount + 1];
            for (int k = 0; k < size; k++) {
                start[tripletColumns[k] + 1]++;
            }
            for (int j = 0; j < columnCount; j++) {
                start[j + 1] += start[j];
            }
            int[] next = Arrays.copyOf(start, columnCount);
            int[] order = new int[size];
            for (int k = 0; k < size; k++) {
                order[next[tripletColumns[k]]++] = k;
            }
            int[] outStart = new int[columnCount + 1];
            int[] outRows = new int[size];
            double[] outValues = new double[size];
            int count = 0;
            for (int j = 0; j < columnCount; j++) {
                int from = start[j];
                int to = start[j + 1];
                Integer[] sorted = new Integer[to - from];
                for (int p = from; p < to; p++) {
                    sorted[p - from] = order[p];
                }
                Arrays.sort(sorted, (a, b) -> a.equals(b) ? 0
                        : tripletRows[a] != tripletRows[b] ? Integer.compare(tripletRows[a], tripletRows[b])
                        : Integer.compare(a, b));
                int lastRow = -1;
                for (int k : sorted) {
                    if (tripletRows[k] == lastRow) {
                        outValues[count - 1] += tripletValues[k];
                    } else {
                        outRows[count] = tripletRows[k];
                        outValues[count] = tripletValues[k];
                        lastRow = tripletRows[k];
                        count++;
                    }
                }
                outStart[j + 1] = count;
            }
            return new SparseMatrix(rowCount, columnCount, outStart,
                    Arrays.copyOf(outRows, count), Arrays.copyOf(outValues, count));
        }
    }
}
