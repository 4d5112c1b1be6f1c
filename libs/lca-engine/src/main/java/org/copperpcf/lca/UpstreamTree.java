package org.copperpcf.lca;

import java.util.List;

/**
 * The upstream tree for explanation: one root per demanded product, each node's children cut off below
 * {@code cutoff} · |total result|.
 *
 * @param complete false when the node budget ({@value #MAX_NODES} nodes) stopped the expansion early
 */
public record UpstreamTree(double cutoff, List<UpstreamNode> roots, boolean complete) {
    /** Enough for any explanation a person reads; stops a pathological tree (mixed signs, cutoff tiny). */
    public static final int MAX_NODES = 10_000;

    public UpstreamTree {
        roots = List.copyOf(roots);
    }
}
