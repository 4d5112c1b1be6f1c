package org.copperpcf.lca;

import java.util.List;

/**
 * One node of the upstream (contribution) tree: a process supplying {@code amount} of its reference product along
 * one path from the demand.
 *
 * @param direct   the impact of this process alone for that amount
 * @param total    the impact of that amount including its whole supply chain (loops included, solved exactly)
 * @param loop     the process already appears above on this path; its total is correct, its children are not
 *                 repeated
 * @param children suppliers whose total reaches the tree's cutoff, largest |total| first
 */
public record UpstreamNode(String process, String product, double amount, double direct, double total, boolean loop,
                           List<UpstreamNode> children) {
    public UpstreamNode {
        children = List.copyOf(children);
    }
}
