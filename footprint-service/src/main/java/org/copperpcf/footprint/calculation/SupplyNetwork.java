package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.kit.inventory.ProductSystem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resolved template after supplier data went in: the template's nodes (a producer's own data substituted into its
 * node), plus one node per supplier source of a purchased input (a substituted copy of the default provider, or a
 * supplier PCF as a black box), and the supply links between them.
 *
 * @param demand node index → share of the declared unit it makes
 */
public record SupplyNetwork(TemplateModel template, List<Node> nodes, List<Edge> edges, Map<Integer, BigDecimal> demand) {

    /** Where a node's data come from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Origin(String kind, UUID supplierId, UUID id, Long version, String contentHash) {
        public static final String DEFAULT = "default";
        public static final String DISCLOSURE = "disclosure";
        public static final String SUPPLIER_PCF = "supplier_pcf";
        static final Origin TEMPLATE = new Origin(DEFAULT, null, null, null, null);
    }

    /**
     * One process of the network.
     *
     * @param electricityRegion a region whose grid factor replaces national electricity factors (template parameter)
     * @param certifiedKwh      electricity per reference amount backed by green instruments (market-based)
     * @param blackBox          for a node without exchanges (a supplier PCF): kg CO2e per reference amount by flow id,
     *                          and the primary data share it declares
     */
    public record Node(String key, ProcessModel model, String electricityRegion, BigDecimal certifiedKwh,
                       BlackBox blackBox, Origin origin, List<String> notes) {
    }

    /** A supplier PCF as a node: its flows per reference amount and its declared primary data share (percent). */
    public record BlackBox(Map<String, BigDecimal> flows, BigDecimal primaryDataShare) {
    }

    /** {@code provider} supplies {@code amount} (its reference unit) per reference amount of {@code consumer}. */
    public record Edge(int provider, int consumer, String product, BigDecimal share, BigDecimal amount) {
    }

    /** The template as resolved, with no supplier data. */
    public static SupplyNetwork of(ProductSystem resolved) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < resolved.nodes().size(); i++) {
            ProductSystem.Node node = resolved.nodes().get(i);
            nodes.add(new Node(node.key(), node.model(), resolved.electricityRegions().get(i), BigDecimal.ZERO, null,
                    Origin.TEMPLATE, List.of()));
        }
        List<Edge> edges = new ArrayList<>();
        for (ProductSystem.Edge edge : resolved.edges()) {
            edges.add(new Edge(edge.provider(), edge.consumer(), edge.product(), edge.share(), edge.amount()));
        }
        return new SupplyNetwork(resolved.template(), nodes, edges, resolved.demand());
    }
}
