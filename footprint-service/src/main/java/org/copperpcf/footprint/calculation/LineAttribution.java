package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copperpcf.contracts.footprint.FootprintPublished.LineContribution;
import org.copperpcf.contracts.footprint.FootprintPublished.SupplierInput;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.calculation.SupplyNetwork.Origin;
import org.copperpcf.kit.units.ActivityUnits;

/**
 * What each activity line of a disclosure contributes to the footprint, in kg CO2e per declared unit: the weights of a
 * certifier's evidence sampling (docs/methodology/footprints.md, "Line contributions"). {@link Substitution} notes
 * on every exchange it makes from a line where it came from ({@code disclosure <id> line <n>}, or {@code disclosure
 * <id> electricity} for the electricity of all electricity lines together). An exchange of the supplier's node
 * contributes scaling × partition share × its kg CO2e per reference amount; a copper-feed input contributes scaling
 * × partition share × amount × the upstream intensity of its providers. Electricity is shared among the
 * electricity lines by their kWh, a feed input among the lines feeding that product by their amounts. Exchanges kept
 * from the default process (categories the supplier did not disclose) belong to no line.
 */
final class LineAttribution {
    private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final Pattern LINE = Pattern.compile("^line (\\d+)\\b.*");

    private LineAttribution() {
    }

    /**
     * {@code inputs} with line contributions on each disclosure that was substituted into a node.
     *
     * @param exchangeKgCo2e per node key, kg CO2e of each exchange per reference amount ({@link SystemAssembler})
     * @param intensity      kg CO2e per unit of a node's reference product, with its whole supply chain
     */
    static List<SupplierInput> attach(List<SupplierInput> inputs, SupplyNetwork network,
                                      Map<String, DisclosureAccepted> disclosures, Map<String, Double> scaling,
                                      Map<String, double[]> exchangeKgCo2e, ToDoubleFunction<String> intensity) {
        List<SupplierInput> attached = new ArrayList<>(inputs.size());
        for (SupplierInput input : inputs) {
            DisclosureAccepted disclosure = input.node() == null ? null : disclosures.get(input.node());
            if (!Origin.DISCLOSURE.equals(input.kind()) || disclosure == null) {
                attached.add(input);
                continue;
            }
            List<LineContribution> lines = lines(network, input.node(), disclosure, scaling, exchangeKgCo2e,
                    intensity);
            attached.add(new SupplierInput(input.role(), input.supplierId(), input.product(), input.kind(),
                    input.id(), input.version(), input.contentHash(), input.node(), input.share(), lines));
        }
        return attached;
    }

    private static List<LineContribution> lines(SupplyNetwork network, String nodeKey, DisclosureAccepted disclosure,
                                                Map<String, Double> scaling, Map<String, double[]> exchangeKgCo2e,
                                                ToDoubleFunction<String> intensity) {
        int index = indexOf(network, nodeKey);
        ProcessModel model = network.nodes().get(index).model();
        double scale = scaling.getOrDefault(nodeKey, 0.0) * SystemAssembler.partitionShare(model).doubleValue();
        double[] perExchange = exchangeKgCo2e.get(nodeKey);
        List<DisclosureAccepted.Line> disclosed = disclosure.lines() == null ? List.of() : disclosure.lines();
        String prefix = "disclosure " + disclosure.disclosureId() + " ";
        Map<Integer, Double> byLine = new TreeMap<>();
        Map<String, Double> upstream = new HashMap<>();
        for (int e = 0; e < model.exchanges().size(); e++) {
            Exchange exchange = model.exchanges().get(e);
            if (exchange.note() == null || !exchange.note().startsWith(prefix)) {
                continue;
            }
            String source = exchange.note().substring(prefix.length());
            if (Exchange.PRODUCT_INPUT.equals(exchange.type())) {
                double kg = 0;
                for (SupplyNetwork.Edge edge : network.edges()) {
                    if (edge.consumer() == index && edge.product().equals(exchange.product())) {
                        String provider = network.nodes().get(edge.provider()).key();
                        kg += edge.amount().doubleValue()
                                * upstream.computeIfAbsent(provider, intensity::applyAsDouble);
                    }
                }
                share(byLine, disclosed, line -> exchange.product().equals(Substitution.feedProduct(line))
                        ? ActivityUnits.convert(line.amount(), line.unit(), "t").doubleValue() : 0, scale * kg);
            } else if (source.startsWith("electricity")) {
                share(byLine, disclosed, line -> "energy".equals(line.category()) && "electricity".equals(line.item())
                        ? ActivityUnits.convert(line.amount(), line.unit(), "kWh").doubleValue() : 0,
                        scale * perExchange[e]);
            } else {
                Matcher line = LINE.matcher(source);
                if (line.matches()) {
                    byLine.merge(Integer.parseInt(line.group(1)), scale * perExchange[e], Double::sum);
                }
            }
        }
        List<LineContribution> lines = new ArrayList<>(disclosed.size());
        for (DisclosureAccepted.Line line : disclosed) {
            lines.add(new LineContribution(line.lineNo(), ActivityUnits.plain(
                    new BigDecimal(byLine.getOrDefault(line.lineNo(), 0.0)).round(SHOWN))));
        }
        return lines;
    }

    /** Shares {@code kg} among the lines by {@code weight} (lines weighing 0 get none). */
    private static void share(Map<Integer, Double> byLine, List<DisclosureAccepted.Line> lines,
                              ToDoubleFunction<DisclosureAccepted.Line> weight, double kg) {
        double total = 0;
        for (DisclosureAccepted.Line line : lines) {
            total += weight.applyAsDouble(line);
        }
        if (total <= 0) {
            return;
        }
        for (DisclosureAccepted.Line line : lines) {
            double w = weight.applyAsDouble(line);
            if (w > 0) {
                byLine.merge(line.lineNo(), kg * w / total, Double::sum);
            }
        }
    }

    private static int indexOf(SupplyNetwork network, String nodeKey) {
        for (int i = 0; i < network.nodes().size(); i++) {
            if (network.nodes().get(i).key().equals(nodeKey)) {
                return i;
            }
        }
        throw new IllegalStateException("no node " + nodeKey + " in the network");
    }
}
