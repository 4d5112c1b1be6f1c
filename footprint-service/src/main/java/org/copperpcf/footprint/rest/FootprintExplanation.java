package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.kit.units.ActivityUnits;
import org.copperpcf.lca.UpstreamNode;
import org.copperpcf.lca.UpstreamTree;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a footprint comes from: the contribution tree of a version recomputed from exactly the inputs its lineage
 * names. Each node is a process supplying {@code amount} of its reference product along one path from the demand;
 * {@code totalKgCo2e} = {@code directKgCo2e} + the children's totals, where suppliers below {@code minShare} of the
 * footprint (and those the engine already cut, below {@value #ENGINE_CUTOFF_PERCENT} %) are summed into one
 * {@code other} child, so every level still adds up. The roots' totals add up to the footprint.
 *
 * @param reproduced true when the recomputation gives the stored resultHash
 * @param complete   false when the engine's node budget stopped the tree early
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootprintExplanation(UUID footprintId, int version, String product, String declaredUnit,
                                   BigDecimal kgCo2e, BigDecimal reproducedKgCo2e, boolean reproduced,
                                   String resultHash, String reproducedResultHash, BigDecimal minShare,
                                   boolean complete, List<Node> tree) {
    static final String OTHER = "other";
    private static final int ENGINE_CUTOFF_PERCENT = 1;
    private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final MathContext SHARE = new MathContext(6, RoundingMode.HALF_EVEN);

    /** What the tree shows of a process besides the engine's numbers. */
    public record ProcessInfo(String product, String unit, String stage) {
    }

    /**
     * One contribution.
     *
     * @param process the network node (a supplier's copy is {@code <process>@<supplierId>}), or {@code other}
     * @param amount  of the process's reference product, in {@code unit}
     * @param share   of the footprint, as a fraction
     * @param loop    the process already appears above on this path: its total is right, its suppliers are in
     *                {@code other}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String process, String product, String stage, BigDecimal amount, String unit,
                       BigDecimal directKgCo2e, BigDecimal totalKgCo2e, BigDecimal share, Boolean loop,
                       List<Node> children) {
    }

    public static FootprintExplanation of(FootprintVersion stored, FootprintCalculator.Reproduction reproduction,
                                          double minShare, Function<String, ProcessInfo> processes) {
        UpstreamTree upstream = reproduction.upstream();
        double total = upstream.roots().stream().mapToDouble(UpstreamNode::total).sum();
        Cut cut = new Cut(Math.abs(total), minShare, processes);
        List<Node> roots = new ArrayList<>();
        upstream.roots().forEach(root -> roots.add(cut.node(root, total)));
        FootprintCalculator.Calculation calculation = reproduction.calculation();
        return new FootprintExplanation(stored.footprintId, stored.version, stored.product, stored.declaredUnit,
                stored.total, calculation.total(), calculation.resultHash().equals(stored.resultHash),
                stored.resultHash, calculation.resultHash(), ActivityUnits.plain(BigDecimal.valueOf(minShare)),
                upstream.complete(), roots);
    }

    private record Cut(double scale, double minShare, Function<String, ProcessInfo> processes) {
        Node node(UpstreamNode node, double footprint) {
            List<Node> children = new ArrayList<>();
            double shown = 0;
            for (UpstreamNode child : node.children()) {
                if (scale > 0 && Math.abs(child.total()) / scale >= minShare) {
                    children.add(node(child, footprint));
                    shown += child.total();
                }
            }
            double other = node.total() - node.direct() - shown;
            if (Math.abs(other) > 1e-9 * scale) {
                children.add(new Node(OTHER, null, null, null, null, number(other), number(other),
                        share(other, footprint), null, List.of()));
            }
            ProcessInfo info = processes.apply(node.process());
            return new Node(node.process(), info == null ? node.product() : info.product(),
                    info == null ? null : info.stage(), number(node.amount()), info == null ? null : info.unit(),
                    number(node.direct()), number(node.total()), share(node.total(), footprint),
                    node.loop() ? Boolean.TRUE : null, children);
        }

        private static BigDecimal share(double value, double footprint) {
            return footprint == 0 ? null : ActivityUnits.plain(new BigDecimal(value / footprint).round(SHARE));
        }

        private static BigDecimal number(double value) {
            return ActivityUnits.plain(new BigDecimal(value).round(SHOWN));
        }
    }
}
