package org.copperpcf.lca;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A product system with its technology matrix factorised: each demand costs one solve. Thread-safe; the impact per
 * unit of each product (for the upstream tree) is computed once, on first use, with a transposed solve.
 */
public final class PreparedSystem {
    private final ProductSystem system;
    private final MatrixModel model;
    private final Solver.Factorization factorization;
    private final String solverName;
    private final double[] directIntensity;
    private volatile double[] productIntensity;

    PreparedSystem(ProductSystem system, Solver.Factorization factorization, String solverName) {
        this.system = system;
        this.model = system.model();
        this.factorization = factorization;
        this.solverName = solverName;
        this.directIntensity = model.directIntensity(model.b);
    }

    public Result calculate(Map<String, Double> demand) {
        return calculate(demand, Calculator.DEFAULT_CUTOFF);
    }

    /** @param treeCutoff expand upstream nodes whose |total| is at least this share of |h| (greater than 0) */
    public Result calculate(Map<String, Double> demand, double treeCutoff) {
        if (!(treeCutoff > 0.0) || treeCutoff > 1.0) {
            throw new IllegalArgumentException("tree cutoff must be in (0, 1], got " + treeCutoff);
        }
        double[] f = Calculator.demandVector(model, demand);
        SortedMap<String, Double> sortedDemand = new TreeMap<>(demand);
        String inputsHash = new Sha256().text("copperpcf-calculation-v1").text(system.inputsHash())
                .numbers(sortedDemand).number(treeCutoff).hex();
        double[] s = factorization.solve(f);
        double[] g = model.b.multiply(s);
        double total = 0.0;
        SortedMap<String, Double> byGas = new TreeMap<>();
        SortedMap<String, Double> byInput = new TreeMap<>();
        SortedMap<String, Double> inventory = new TreeMap<>();
        for (int i = 0; i < g.length; i++) {
            String flowId = model.flowIds[i];
            inventory.put(flowId, g[i]);
            double impact = model.characterisation[i] * g[i];
            total += impact;
            ProductSystem.Flow flow = system.flows().get(flowId);
            byGas.merge(flow.gas(), impact, Double::sum);
            byInput.merge(flow.input() == null ? Contributions.DIRECT : flow.input(), impact, Double::sum);
        }
        SortedMap<String, Double> scaling = new TreeMap<>();
        SortedMap<String, Double> byProcess = new TreeMap<>();
        SortedMap<String, Double> byStage = new TreeMap<>();
        for (int j = 0; j < s.length; j++) {
            String processId = model.processIds[j];
            scaling.put(processId, s[j]);
            double direct = s[j] * directIntensity[j];
            byProcess.put(processId, direct);
            byStage.merge(system.processes().get(processId).stage(), direct, Double::sum);
        }
        Contributions contributions = new Contributions(unmodifiable(byProcess), unmodifiable(byStage),
                unmodifiable(byGas), unmodifiable(byInput));
        UpstreamTree tree = new TreeBuilder(treeCutoff * Math.abs(total)).build(treeCutoff, sortedDemand);
        Sha256 sha = new Sha256().text("copperpcf-result-v1").text(inputsHash).text(solverName)
                .numbers(scaling).numbers(inventory).number(total)
                .numbers(byProcess).numbers(byStage).numbers(byGas).numbers(byInput);
        hashTree(sha, tree);
        return new Result(inputsHash, solverName, unmodifiable(sortedDemand), unmodifiable(scaling),
                unmodifiable(inventory), total, contributions, tree, sha.hex());
    }

    /** Impact per unit of each product including its supply chain: λ with Aᵀ·λ = (C·B)ᵀ. */
    double[] productIntensity() {
        double[] intensity = productIntensity;
        if (intensity == null) {
            intensity = factorization.solveTransposed(directIntensity);
            productIntensity = intensity;
        }
        return intensity;
    }

    private static SortedMap<String, Double> unmodifiable(SortedMap<String, Double> map) {
        return Collections.unmodifiableSortedMap(map);
    }

    private static void hashTree(Sha256 sha, UpstreamTree tree) {
        sha.number(tree.cutoff()).integer(tree.complete() ? 1 : 0).integer(tree.roots().size());
        tree.roots().forEach(node -> hashNode(sha, node));
    }

    private static void hashNode(Sha256 sha, UpstreamNode node) {
        sha.text(node.process()).text(node.product()).number(node.amount()).number(node.direct())
                .number(node.total()).integer(node.loop() ? 1 : 0).integer(node.children().size());
        node.children().forEach(child -> hashNode(sha, child));
    }

    /** Depth-first expansion with a path check, so loops end after one round instead of recursing forever. */
    private final class TreeBuilder {
        private final double threshold;
        private final double[] intensity = productIntensity();
        private final boolean[] onPath = new boolean[model.size()];
        private int nodes;
        private boolean complete = true;

        TreeBuilder(double threshold) {
            this.threshold = threshold;
        }

        UpstreamTree build(double cutoff, SortedMap<String, Double> demand) {
            List<UpstreamNode> roots = new ArrayList<>();
            demand.forEach((product, amount) -> roots.add(node(model.productIndex.get(product), amount)));
            return new UpstreamTree(cutoff, roots, complete);
        }

        private UpstreamNode node(int j, double amount) {
            nodes++;
            SparseMatrix a = model.a;
            double scaling = amount / a.get(j, j);
            double total = amount * intensity[j];
            if (onPath[j]) {
                return new UpstreamNode(model.processIds[j], model.productIds[j], amount, scaling * directIntensity[j],
                        total, true, List.of());
            }
            onPath[j] = true;
            List<UpstreamNode> children = new ArrayList<>();
            for (int p = a.columnStart()[j]; p < a.columnStart()[j + 1]; p++) {
                int i = a.rows()[p];
                double childAmount = -a.values()[p] * scaling;
                double childTotal = childAmount * intensity[i];
                if (i == j || childTotal == 0.0 || Math.abs(childTotal) < threshold) {
                    continue;
                }
                if (nodes >= UpstreamTree.MAX_NODES) {
                    complete = false;
                    break;
                }
                children.add(node(i, childAmount));
            }
            onPath[j] = false;
            children.sort(Comparator.comparingDouble((UpstreamNode n) -> -Math.abs(n.total()))
                    .thenComparing(UpstreamNode::process));
            return new UpstreamNode(model.processIds[j], model.productIds[j], amount, scaling * directIntensity[j],
                    total, false, children);
        }
    }
}
