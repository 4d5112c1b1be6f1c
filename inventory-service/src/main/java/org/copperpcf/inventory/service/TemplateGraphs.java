package org.copperpcf.inventory.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.inventory.model.ModelKind;
import org.copperpcf.inventory.model.ModelVersion;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.units.ActivityUnits;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The process graph of a published template with parameters set: nodes with how much of each is needed per
 * declared unit, and supply edges with amounts. The activities solve (I − A)·s = d exactly, so supply loops with a
 * stated reason are handled; they are indicative (6 significant digits) — footprints come from footprint-service.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TemplateGraphs {
    private static final MathContext SHOWN = new MathContext(6);
    private static final double SINGULAR = 1e-12;

    private final InventoryService inventories;

    public TemplateGraphs(InventoryService inventories) {
        this.inventories = inventories;
    }

    /**
     * The graph.
     *
     * @param template     key and version of the template
     * @param declaredUnit what the activities are given for
     * @param parameters   every parameter's value, set or default
     * @param nodes        the processes
     * @param edges        who supplies what to whom
     */
    public record Graph(Reference template, TemplateModel.DeclaredUnit declaredUnit, Map<String, String> parameters,
                        List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    public record Reference(String key, int version) {
    }

    /**
     * A node.
     *
     * @param process           process key
     * @param version           its published version
     * @param activity          how much of its reference product is made per declared unit (0 when not reached)
     * @param unit              the unit of {@code activity}
     * @param electricityRegion the grid whose factor replaces the national electricity factor, when set
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GraphNode(String process, Integer version, String nameEn, String stage, String route,
                            String product, BigDecimal activity, String unit, String electricityRegion) {
    }

    /**
     * An edge.
     *
     * @param from           the provider's process key
     * @param to             the consumer's process key
     * @param product        the product supplied
     * @param share          the provider's share of the consumer's input
     * @param amountPerUnit  supplied per reference amount of the consumer, in {@code unit}
     * @param amount         supplied per declared unit of the template, in {@code unit}
     * @param unit           the provider's reference unit
     */
    public record GraphEdge(String from, String to, String product, BigDecimal share, BigDecimal amountPerUnit,
                            BigDecimal amount, String unit) {
    }

    public Graph graph(String key, Integer version, Map<String, String> settings) {
        ModelVersion stored = (version == null ? ModelVersion.latestPublished(ModelKind.TEMPLATE, key)
                : ModelVersion.find(ModelKind.TEMPLATE, key, version).filter(ModelVersion::isPublished))
                .orElseThrow(() -> ProblemException.notFound("published template", key
                        + (version == null ? "" : " v" + version)));
        TemplateModel template = EventJson.fromJson(stored.model, TemplateModel.class);
        ProductSystem system = ProductSystem.resolve(template, settings, inventories.publishedScope());
        double[] scaling = solve(system, template);
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < system.nodes().size(); i++) {
            ProductSystem.Node node = system.nodes().get(i);
            ProcessModel model = node.model();
            nodes.add(new GraphNode(node.key(), node.process().version(), model.nameEn(), model.stage(), model.route(),
                    model.referenceProduct().product(),
                    shown(scaling[i] * model.referenceProduct().amount().doubleValue()),
                    model.referenceProduct().unit(), system.electricityRegions().get(i)));
        }
        List<GraphEdge> edges = system.edges().stream().map(edge -> new GraphEdge(
                system.nodes().get(edge.provider()).key(), system.nodes().get(edge.consumer()).key(), edge.product(),
                ActivityUnits.plain(edge.share()), ActivityUnits.plain(edge.amount().round(SHOWN)),
                shown(edge.amount().doubleValue() * scaling[edge.consumer()]),
                system.nodes().get(edge.provider()).model().referenceProduct().unit())).toList();
        return new Graph(new Reference(key, stored.version), template.declaredUnit(), system.values(), nodes, edges);
    }

    /**
     * Multiples of each node's reference amount needed per declared unit: (I − A)·s = d, Gauss-Jordan elimination
     * with partial pivoting; d holds the declared unit at the node(s) meeting the demand.
     */
    private static double[] solve(ProductSystem system, TemplateModel template) {
        int n = system.nodes().size();
        double[][] matrix = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            matrix[i][i] = 1;
        }
        for (ProductSystem.Edge edge : system.edges()) {
            double referenceAmount = system.nodes().get(edge.provider()).model().referenceProduct().amount()
                    .doubleValue();
            matrix[edge.provider()][edge.consumer()] -= edge.amount().doubleValue() / referenceAmount;
        }
        for (Map.Entry<Integer, BigDecimal> share : system.demand().entrySet()) {
            ProcessModel maker = system.nodes().get(share.getKey()).model();
            BigDecimal demand = ActivityUnits.convert(template.declaredUnit().amount(), template.declaredUnit().unit(),
                    maker.referenceProduct().unit()).multiply(share.getValue());
            matrix[share.getKey()][n] = demand.doubleValue() / maker.referenceProduct().amount().doubleValue();
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(matrix[row][column]) > Math.abs(matrix[pivot][column])) {
                    pivot = row;
                }
            }
            if (Math.abs(matrix[pivot][column]) < SINGULAR) {
                throw new ProblemException(422, "SYSTEM_SINGULAR", "The product system has no solution",
                        "the supply loop through " + system.nodes().get(column).key() + " consumes at least as much "
                                + "as it makes, so no amount of it meets the demand");
            }
            double[] swap = matrix[column];
            matrix[column] = matrix[pivot];
            matrix[pivot] = swap;
            for (int row = 0; row < n; row++) {
                if (row != column && matrix[row][column] != 0) {
                    double factor = matrix[row][column] / matrix[column][column];
                    for (int k = column; k <= n; k++) {
                        matrix[row][k] -= factor * matrix[column][k];
                    }
                }
            }
        }
        double[] scaling = new double[n];
        for (int i = 0; i < n; i++) {
            scaling[i] = matrix[i][n] / matrix[i][i];
        }
        return scaling;
    }

    private static BigDecimal shown(double value) {
        return ActivityUnits.plain(new BigDecimal(value).round(SHOWN));
    }
}
