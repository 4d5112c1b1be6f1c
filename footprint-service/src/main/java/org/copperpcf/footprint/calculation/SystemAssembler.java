package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.FactorReleasePublished.GwpSet;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.inventory.Allocation;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.Pedigree;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.units.ActivityUnits;
import org.copperpcf.lca.Lognormal;

/**
 * Turns a resolved template into the engine's matrices: one engine process per node (its output is its own engine
 * product, so a product made by several nodes needs no market process: the template's shares are already on the
 * links), supply links as technology entries, and every factor input, direct emission and substitution credit as
 * elementary flows per gas, characterised with the chosen GWP set. Partitioned co-products (economic or physical)
 * scale all of a node's entries by the reference product's share, after substitution credits (inventories.md §1.3).
 */
public final class SystemAssembler {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final String CO2E = "co2e";
    private static final String NATIONAL = "CN";

    /**
     * The engine system, the demand (per engine product) for the template's declared unit, and per node what the
     * engine does not track: data quality and electricity, and the kg CO2e of each of its exchanges per reference
     * amount before partitioning (in the order of the model's exchanges; product inputs 0: they are supply links).
     */
    public record Assembly(org.copperpcf.lca.ProductSystem system, Map<String, Double> demand,
                           Map<String, NodeStats> stats, Map<String, double[]> exchangeKgCo2e) {
    }

    /**
     * Per reference amount of a node, over its own exchanges (after partitioning), each weighted by the absolute kg
     * CO2e it contributes: the total weight, the primary-data part, pedigree sums (reliability, completeness,
     * temporal, geographical, technological), the sum of squared contributions times their log-variance (first-
     * order uncertainty), and the electricity it takes and the certified part of it.
     */
    public record NodeStats(double weight, double primaryWeight, double[] pedigreeSums, double varianceSum,
                            double electricityKwh, double certifiedKwh) {
    }

    private SystemAssembler() {
    }

    public static Assembly assemble(ProductSystem resolved, FactorReleasePublished release, String gwpSetName) {
        return assemble(SupplyNetwork.of(resolved), release, gwpSetName);
    }

    public static Assembly assemble(SupplyNetwork network, FactorReleasePublished release, String gwpSetName) {
        Map<String, ReleasedFactor> factors = new HashMap<>();
        release.factors().forEach(factor -> factors.put(factor.key(), factor));
        Map<String, BigDecimal> gwp = gwpSet(release, gwpSetName);
        org.copperpcf.lca.ProductSystem.Builder builder = org.copperpcf.lca.ProductSystem.builder();
        Map<String, Double> characterisation = new TreeMap<>();
        List<SupplyNetwork.Node> nodes = network.nodes();
        for (SupplyNetwork.Node node : nodes) {
            ProcessModel model = node.model();
            builder.product(node.key(), model.referenceProduct().unit());
            builder.process(node.key(), model.stage(), node.key(), model.referenceProduct().amount().doubleValue());
        }
        Map<String, Map<String, BigDecimal>> technology = new TreeMap<>();
        for (SupplyNetwork.Edge edge : network.edges()) {
            BigDecimal share = partitionShare(nodes.get(edge.consumer()).model());
            technology.computeIfAbsent(nodes.get(edge.provider()).key(), k -> new TreeMap<>())
                    .merge(nodes.get(edge.consumer()).key(), edge.amount().multiply(share, MC).negate(), BigDecimal::add);
        }
        technology.forEach((product, byProcess) -> byProcess.forEach(
                (process, amount) -> builder.technology(product, process, amount.doubleValue())));
        Map<String, NodeStats> stats = new TreeMap<>();
        Map<String, double[]> exchangeKgCo2e = new TreeMap<>();
        for (SupplyNetwork.Node node : nodes) {
            ProcessModel model = node.model();
            BigDecimal share = partitionShare(model);
            Map<String, BigDecimal> flows = new TreeMap<>();
            Map<String, Double> sigmas = new HashMap<>();
            Stats nodeStats = new Stats();
            if (node.blackBox() != null) {
                double primaryShare = node.blackBox().primaryDataShare() == null ? 0
                        : node.blackBox().primaryDataShare().doubleValue() / 100;
                node.blackBox().flows().forEach((flow, amount) -> {
                    flows.put(flow, amount);
                    nodeStats.add(amount.doubleValue() * primaryShare, true, null, 0.0);
                    nodeStats.add(amount.doubleValue() * (1 - primaryShare), false, null, 0.0);
                });
            }
            double[] perExchange = new double[model.exchanges().size()];
            exchangeKgCo2e.put(node.key(), perExchange);
            for (int e = 0; e < perExchange.length; e++) {
                Exchange exchange = model.exchanges().get(e);
                Map<String, BigDecimal> added = new TreeMap<>();
                double sigma = sigma(exchange, null);
                switch (exchange.type()) {
                    case Exchange.FACTOR_INPUT -> {
                        ReleasedFactor factor = factor(factors, regional(exchange.factorKey(), node.electricityRegion(),
                                factors));
                        BigDecimal activity = ActivityUnits.convert(exchange.amount(), exchange.unit(), factor.unit());
                        addFactor(added, factor, activity, factor.key());
                        sigma = sigma(exchange, factor);
                        if (factor.key().startsWith("electricity.")) {
                            nodeStats.electricityKwh += ActivityUnits.convert(exchange.amount(), exchange.unit(), "kWh")
                                    .doubleValue();
                        }
                    }
                    case Exchange.DIRECT_EMISSION -> added.put("direct|" + exchange.gas(),
                            ActivityUnits.convert(exchange.amount(), exchange.unit(), "kg"));
                    case Exchange.CO_PRODUCT -> credit(added, exchange, factors);
                    default -> {
                        // product inputs are supply links; internal scrap never counts
                    }
                }
                double co2e = 0;
                for (Map.Entry<String, BigDecimal> flow : added.entrySet()) {
                    flows.merge(flow.getKey(), flow.getValue(), BigDecimal::add);
                    sigmas.merge(flow.getKey(), sigma, Math::max);
                    co2e += flow.getValue().doubleValue() * characterised(flow.getKey(), gwp, gwpSetName);
                }
                perExchange[e] = co2e;
                nodeStats.add(co2e * share.doubleValue(), "primary".equals(exchange.dataType()), exchange.pedigree(),
                        sigma);
            }
            for (Map.Entry<String, BigDecimal> flow : flows.entrySet()) {
                String[] parts = flow.getKey().split("\\|", 2);
                String input = parts[0].equals("direct") ? null : parts[0];
                String gas = parts[1];
                if (!characterisation.containsKey(flow.getKey())) {
                    builder.flow(flow.getKey(), gas, input);
                }
                double amount = flow.getValue().multiply(share, MC).doubleValue();
                double sigma = sigmas.getOrDefault(flow.getKey(), 0.0);
                if (sigma > 0) {
                    builder.intervention(flow.getKey(), node.key(), amount, new Lognormal(sigma));
                } else {
                    builder.intervention(flow.getKey(), node.key(), amount);
                }
                characterisation.put(flow.getKey(), characterised(flow.getKey(), gwp, gwpSetName));
            }
            stats.put(node.key(), new NodeStats(nodeStats.weight, nodeStats.primaryWeight, nodeStats.pedigreeSums,
                    nodeStats.varianceSum, nodeStats.electricityKwh * share.doubleValue(),
                    node.certifiedKwh().doubleValue() * share.doubleValue()));
        }
        characterisation.forEach(builder::characterisation);
        Map<String, Double> demand = new TreeMap<>();
        network.demand().forEach((index, share) -> {
            ProcessModel maker = nodes.get(index).model();
            BigDecimal amount = ActivityUnits.convert(network.template().declaredUnit().amount(),
                    network.template().declaredUnit().unit(), maker.referenceProduct().unit()).multiply(share, MC);
            demand.put(nodes.get(index).key(), amount.doubleValue());
        });
        return new Assembly(builder.build(), demand, stats, exchangeKgCo2e);
    }

    /** Accumulates {@link NodeStats}; exchanges without pedigree scores count as 3 on every axis (unknown). */
    private static final class Stats {
        double weight;
        double primaryWeight;
        final double[] pedigreeSums = new double[5];
        double varianceSum;
        double electricityKwh;

        void add(double co2e, boolean primary, Pedigree pedigree, double sigma) {
            double w = Math.abs(co2e);
            weight += w;
            if (primary) {
                primaryWeight += w;
            }
            int[] scores = pedigree == null ? new int[] {3, 3, 3, 3, 3} : new int[] {score(pedigree.reliability()),
                    score(pedigree.completeness()), score(pedigree.temporal()), score(pedigree.geographical()),
                    score(pedigree.technological())};
            for (int i = 0; i < scores.length; i++) {
                pedigreeSums[i] += w * scores[i];
            }
            varianceSum += co2e * co2e * sigma * sigma;
        }

        private static int score(Integer value) {
            return value == null ? 3 : value;
        }
    }

    /**
     * σ of ln(amount) of an exchange: its pedigree with its basic uncertainty, combined with the factor's own
     * uncertainty (independent, so the variances add). Without pedigree scores, none is assumed for the activity.
     */
    private static double sigma(Exchange exchange, ReleasedFactor factor) {
        double activity = 0;
        if (exchange.pedigree() != null && complete(exchange.pedigree())) {
            Pedigree p = exchange.pedigree();
            double basic = exchange.uncertaintyGsd() == null ? 1.0 : exchange.uncertaintyGsd().doubleValue();
            activity = new org.copperpcf.lca.Pedigree(p.reliability(), p.completeness(), p.temporal(),
                    p.geographical(), p.technological()).sigma(Math.max(1.0, basic));
        }
        double ofFactor = factor == null || factor.uncertaintyGsd() == null ? 0
                : Math.log(Math.max(1.0, factor.uncertaintyGsd().doubleValue()));
        return Math.sqrt(activity * activity + ofFactor * ofFactor);
    }

    private static boolean complete(Pedigree p) {
        return p.reliability() != null && p.completeness() != null && p.temporal() != null && p.geographical() != null
                && p.technological() != null;
    }

    private static double characterised(String flow, Map<String, BigDecimal> gwp, String gwpSetName) {
        String gas = flow.substring(flow.indexOf('|') + 1);
        return gas.startsWith(CO2E) ? 1.0 : gwpOf(gwp, gas, gwpSetName);
    }

    /** Per-gas values where the publisher gives them; otherwise the CO2e value as one flow. */
    private static void addFactor(Map<String, BigDecimal> flows, ReleasedFactor factor, BigDecimal activity,
                                  String input) {
        if (factor.gases() != null && !factor.gases().isEmpty()) {
            factor.gases().forEach((gas, perUnit) -> flows.merge(input + "|" + gas, activity.multiply(perUnit, MC),
                    BigDecimal::add));
        } else {
            flows.merge(input + "|" + CO2E, activity.multiply(factor.co2ePerUnit(), MC), BigDecimal::add);
        }
    }

    /** A substituted co-product: the displaced product's factor as a negative input (system expansion). */
    private static void credit(Map<String, BigDecimal> flows, Exchange coProduct, Map<String, ReleasedFactor> factors) {
        Allocation allocation = coProduct.allocation();
        if (allocation == null || !"substitution".equals(allocation.method())) {
            return;
        }
        ReleasedFactor displaced = factor(factors, allocation.parameters().get("substitutedFactorKey"));
        BigDecimal displacedAmount = ActivityUnits.convert(coProduct.amount(), coProduct.unit(), displaced.unit())
                .multiply(new BigDecimal(allocation.parameters().get("substitutionRatio")), MC);
        Map<String, BigDecimal> credit = new TreeMap<>();
        addFactor(credit, displaced, displacedAmount, "credit:" + coProduct.product());
        credit.forEach((flow, amount) -> flows.merge(flow, amount.negate(), BigDecimal::add));
    }

    /**
     * The reference product's share of the burden when co-products are partitioned: from explicit shares, or prices
     * (economic) or properties (physical) times amounts; 1 when nothing is partitioned.
     */
    static BigDecimal partitionShare(ProcessModel model) {
        Optional<Exchange> partitioned = model.exchanges().stream()
                .filter(e -> Exchange.CO_PRODUCT.equals(e.type()) && e.allocation() != null
                        && ("economic".equals(e.allocation().method()) || "physical".equals(e.allocation().method())))
                .findFirst();
        if (partitioned.isEmpty()) {
            return BigDecimal.ONE;
        }
        Map<String, String> parameters = partitioned.get().allocation().parameters();
        String reference = model.referenceProduct().product();
        if (parameters.containsKey("share." + reference)) {
            return new BigDecimal(parameters.get("share." + reference));
        }
        String prefix = "economic".equals(partitioned.get().allocation().method()) ? "price." : "property.";
        BigDecimal referenceValue = model.referenceProduct().amount()
                .multiply(new BigDecimal(parameters.get(prefix + reference)), MC);
        BigDecimal total = referenceValue;
        for (Exchange exchange : model.exchanges()) {
            if (Exchange.CO_PRODUCT.equals(exchange.type()) && exchange.allocation() != null
                    && partitioned.get().allocation().method().equals(exchange.allocation().method())) {
                total = total.add(ActivityUnits.convert(exchange.amount(), exchange.unit(),
                        model.referenceProduct().unit()).multiply(new BigDecimal(parameters.get(prefix + exchange.product())), MC));
            }
        }
        return referenceValue.divide(total, MC);
    }

    /** The provincial grid factor of the newest year instead of a national electricity factor, when a region is set. */
    private static String regional(String key, String region, Map<String, ReleasedFactor> factors) {
        if (region == null || NATIONAL.equals(region) || !key.startsWith("electricity.")) {
            return key;
        }
        String prefix = "electricity.grid." + region.toLowerCase() + ".";
        return factors.keySet().stream().filter(k -> k.startsWith(prefix)).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("no grid factor for " + region));
    }

    private static ReleasedFactor factor(Map<String, ReleasedFactor> factors, String key) {
        ReleasedFactor factor = factors.get(key);
        if (factor == null) {
            throw new IllegalArgumentException("factor " + key + " is not in the release");
        }
        return factor;
    }

    private static Map<String, BigDecimal> gwpSet(FactorReleasePublished release, String name) {
        return release.gwpSets() == null ? Map.of() : release.gwpSets().stream()
                .filter(set -> set.name().equals(name)).findFirst().map(GwpSet::gwp100).orElse(Map.of());
    }

    private static double gwpOf(Map<String, BigDecimal> gwp, String gas, String setName) {
        BigDecimal value = gwp.get(gas);
        if (value == null) {
            throw new IllegalArgumentException("GWP set " + setName + " has no value for " + gas);
        }
        return value.doubleValue();
    }
}
