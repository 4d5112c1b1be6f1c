package org.copperpcf.lca;

import java.util.HashMap;
import java.util.Map;

/**
 * The index (id ↔ position, kept apart from the numbers, as in olca-modules) and the matrices of a product system.
 * Processes are columns in id order; row j of A is the reference product of process j, so A's diagonal holds the
 * reference outputs; flows are rows of B in id order. Built once per {@link ProductSystem}; immutable.
 */
final class MatrixModel {
    final String[] processIds;
    final String[] productIds;
    final String[] flowIds;
    final Map<String, Integer> processIndex;
    final Map<String, Integer> productIndex;
    final Map<String, Integer> flowIndex;
    final SparseMatrix a;
    final SparseMatrix b;
    final double[] characterisation;
    final Uncertain uncertainA;
    final Uncertain uncertainB;

    /** The uncertain entries of a matrix: where they are stored, their amount and σ. */
    record Uncertain(int[] positions, double[] amounts, double[] sigmas) {
        int size() {
            return positions.length;
        }
    }

    private MatrixModel(ProductSystem system) {
        int n = system.processes().size();
        processIds = system.processes().keySet().toArray(String[]::new);
        flowIds = system.flows().keySet().toArray(String[]::new);
        productIds = new String[n];
        processIndex = indexOf(processIds);
        flowIndex = indexOf(flowIds);
        for (int j = 0; j < n; j++) {
            productIds[j] = system.processes().get(processIds[j]).referenceProduct();
        }
        productIndex = indexOf(productIds);

        SparseMatrix.Builder technology = new SparseMatrix.Builder(n, n);
        for (int j = 0; j < n; j++) {
            technology.add(j, j, system.processes().get(processIds[j]).referenceAmount());
        }
        system.technology().forEach((cell, exchange) -> technology.add(productIndex.get(cell.row()),
                processIndex.get(cell.process()), exchange.amount()));
        a = technology.build();
        SparseMatrix.Builder intervention = new SparseMatrix.Builder(flowIds.length, n);
        system.interventions().forEach((cell, exchange) -> intervention.add(flowIndex.get(cell.row()),
                processIndex.get(cell.process()), exchange.amount()));
        b = intervention.build();
        characterisation = new double[flowIds.length];
        system.characterisation().forEach((flow, factor) -> characterisation[flowIndex.get(flow)] = factor);
        uncertainA = uncertain(system.technology(), a, productIndex);
        uncertainB = uncertain(system.interventions(), b, flowIndex);
    }

    static MatrixModel of(ProductSystem system) {
        return new MatrixModel(system);
    }

    int size() {
        return processIds.length;
    }

    /** Impact per unit of scaling of each process: (C·B)ⱼ. */
    double[] directIntensity(SparseMatrix interventions) {
        return interventions.multiplyTransposed(characterisation);
    }

    /** Where the entry of A (technology) or B is stored. */
    int position(boolean technology, String row, String process) {
        Integer column = processIndex.get(process);
        Integer rowIndex = (technology ? productIndex : flowIndex).get(row);
        if (column == null || rowIndex == null) {
            return -1;
        }
        return (technology ? a : b).position(rowIndex, column);
    }

    private Uncertain uncertain(Map<ProductSystem.Cell, ProductSystem.Exchange> entries, SparseMatrix matrix,
                                       Map<String, Integer> rowIndex) {
        int count = (int) entries.values().stream()
                .filter(e -> e.uncertainty() != null && e.uncertainty().sigma() > 0.0).count();
        int[] positions = new int[count];
        double[] amounts = new double[count];
        double[] sigmas = new double[count];
        int k = 0;
        for (var entry : entries.entrySet()) {
            ProductSystem.Exchange exchange = entry.getValue();
            if (exchange.uncertainty() == null || exchange.uncertainty().sigma() == 0.0) {
                continue;
            }
            ProductSystem.Cell cell = entry.getKey();
            positions[k] = matrix.position(rowIndex.get(cell.row()), processIndex.get(cell.process()));
            amounts[k] = exchange.amount();
            sigmas[k] = exchange.uncertainty().sigma();
            k++;
        }
        return new Uncertain(positions, amounts, sigmas);
    }

    private static Map<String, Integer> indexOf(String[] ids) {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }
}
