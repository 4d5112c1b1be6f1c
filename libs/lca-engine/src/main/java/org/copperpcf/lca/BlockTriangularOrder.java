package org.copperpcf.lca;

import java.util.Arrays;

/**
 * A symmetric permutation of a square matrix into block upper triangular form: the blocks are the strongly
 * connected components (supply loops) of the graph "column j uses row i", ordered so that suppliers come first
 * (Tarjan's algorithm, iterative so a 20,000-process chain cannot overflow the stack). LU factors of the permuted
 * matrix fill in only inside the blocks a column touches, which keeps an LCA matrix (mostly acyclic, a few loops)
 * sparse without a general fill-reducing ordering; KLU uses the same idea.
 *
 * @param order      new position → original index
 * @param blockStart block b covers new positions {@code blockStart[b] .. blockStart[b+1])}
 */
record BlockTriangularOrder(int[] order, int[] blockStart) {

    static BlockTriangularOrder of(SparseMatrix a) {
        int n = a.columnCount();
        int[] start = a.columnStart();
        int[] rows = a.rows();
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callNode = new int[n];
        int[] callNext = new int[n];
        int[] order = new int[n];
        int[] blockStart = new int[n + 1];
        int blocks = 0;
        int placed = 0;
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callNext[0] = start[root];
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callNext[depth] < start[v + 1]) {
                    int w = rows[callNext[depth]++];
                    if (w == v) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callNext[depth] = start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int first = placed;
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        order[placed++] = w;
                    } while (w != v);
                    Arrays.sort(order, first, placed);
                    blockStart[blocks++] = first;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        blockStart[blocks] = n;
        return new BlockTriangularOrder(order, Arrays.copyOf(blockStart, blocks + 1));
    }

    /** The number of processes in the largest block (the largest supply loop; 1 when there is none). */
    int largestBlock() {
        int largest = 0;
        for (int b = 0; b + 1 < blockStart.length; b++) {
            largest = Math.max(largest, blockStart[b + 1] - blockStart[b]);
        }
        return largest;
    }

    /** original index → new position. */
    int[] inverse() {
        int[] inverse = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            inverse[order[k]] = k;
        }
        return inverse;
    }

    /** For each new position, the index of its block. */
    int[] blockOfPosition() {
        int[] blockOf = new int[order.length];
        for (int b = 0; b + 1 < blockStart.length; b++) {
            Arrays.fill(blockOf, blockStart[b], blockStart[b + 1], b);
        }
        return blockOf;
    }

    /** The original indices of block b. */
    int[] block(int b) {
        return Arrays.copyOfRange(order, blockStart[b], blockStart[b + 1]);
    }

    /** P·A·Pᵀ with P this order: entry (i, j) moves to (inverse[i], inverse[j]). */
    SparseMatrix permute(SparseMatrix a) {
        int[] inverse = inverse();
        SparseMatrix.Builder builder = new SparseMatrix.Builder(a.rowCount(), a.columnCount());
        for (int j = 0; j < a.columnCount(); j++) {
            for (int p = a.columnStart()[j]; p < a.columnStart()[j + 1]; p++) {
                builder.add(inverse[a.rows()[p]], inverse[j], a.values()[p]);
            }
        }
        return builder.build();
    }
}
