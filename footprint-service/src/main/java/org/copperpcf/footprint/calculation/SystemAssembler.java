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
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.units.ActivityUnits;

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

    /** The engine system and the demand (per engine product) for the template's declared unit. */
    public record Assembly(org.copperpcf.lca.ProductSystem system, Map<String, Double> demand) {
    }

    private SystemAssembler() {
    }

    public static Assembly assemble(ProductSystem resolved, FactorReleasePublished release, String gwpSetName) {
        Map<String, ReleasedFactor> factors = new HashMap<>();
        release.factors().forEach(factor -> factors.put(factor.key(), factor));
        Map<String, BigDecimal> gwp = gwpSet(release, gwpSetName);
        org.copperpcf.lca.ProductSystem.Builder builder = org.copperpcf.lca.ProductSystem.builder();
        Map<String, Double> characterisation = new TreeMap<>();
        List<ProductSystem.Node> nodes = resolved.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            ProcessModel model = nodes.get(i).model();
            builder.product(nodes.get(i).key(), model.referenceProduct().unit());
            builder.process(nodes.get(i).key(), model.stage(), nodes.get(i).key(),
                    model.referenceProduct().amount().doubleValue());
        }
        Map<String, Map<String, BigDecimal>> technology = new TreeMap<>();
        for (ProductSystem.Edge edge : resolved.edges()) {
            BigDecimal share = partitionShare(nodes.get(edge.consumer()).model());
            technology.computeIfAbsent(nodes.get(edge.provider()).key(), k -> new TreeMap<>())
                    .merge(nodes.get(edge.consumer()).key(), edge.amount().multiply(share, MC).negate(), BigDecimal::add);
        }
        technology.forEach((product, byProcess) -> byProcess.forEach(
                (process, amount) -> builder.technology(product, process, amount.doubleValue())));
        for (int i = 0; i < nodes.size(); i++) {
            ProcessModel model = nodes.get(i).model();
            String region = resolved.electricityRegions().get(i);
            Map<String, BigDecimal> flows = new TreeMap<>();
            for (Exchange exchange : model.exchanges()) {
                switch (exchange.type()) {
                    case Exchange.FACTOR_INPUT -> {
                        ReleasedFactor factor = factor(factors, regional(exchange.factorKey(), region, factors));
                        addFactor(flows, factor, ActivityUnits.convert(exchange.amount(), exchange.unit(), factor.unit()),
                                factor.key());
                    }
                    case Exchange.DIRECT_EMISSION -> flows.merge("direct|" + exchange.gas(),
                            ActivityUnits.convert(exchange.amount(), exchange.unit(), "kg"), BigDecimal::add);
                    case Exchange.CO_PRODUCT -> credit(flows, exchange, factors);
                    default -> {
                        // product inputs are supply links; internal scrap never counts
                    }
                }
            }
            BigDecimal share = partitionShare(model);
            for (Map.Entry<String, BigDecimal> flow : flows.entrySet()) {
                String[] parts = flow.getKey().split("\\|", 2);
                String input = parts[0].equals("direct") ? null : parts[0];
                String gas = parts[1];
                if (!characterisation.containsKey(flow.getKey())) {
                    builder.flow(flow.getKey(), gas, input);
                }
                builder.intervention(flow.getKey(), nodes.get(i).key(), flow.getValue().multiply(share, MC).doubleValue());
                characterisation.put(flow.getKey(), CO2E.equals(gas) ? 1.0 : gwpOf(gwp, gas, gwpSetName));
            }
        }
        characterisation.forEach(builder::characterisation);
        Map<String, Double> demand = new TreeMap<>();
        resolved.demand().forEach((index, share) -> {
            ProcessModel maker = nodes.get(index).model();
            BigDecimal amount = ActivityUnits.convert(resolved.template().declaredUnit().amount(),
                    resolved.template().declaredUnit().unit(), maker.referenceProduct().unit()).multiply(share, MC);
            demand.put(nodes.get(index).key(), amount.doubleValue());
        });
        return new Assembly(builder.build(), demand);
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
