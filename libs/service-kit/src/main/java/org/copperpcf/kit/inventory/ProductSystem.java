package org.copperpcf.kit.inventory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.contracts.inventory.TemplateModel.Parameter;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.kit.units.ActivityUnits;

/**
 * A template resolved with parameter values: its processes, and which node supplies which product input of which
 * other node with what share and amount. This is what a template means (docs/api/inventories.md, "Templates and
 * parameters"): inventory-service validates and draws templates with it, footprint-service computes from it.
 */
public final class ProductSystem {
    public static final String STRUCTURE = "STRUCTURE";
    public static final String UNRESOLVED = "UNRESOLVED";
    public static final String PROVIDER = "PROVIDER";
    public static final String PARAMETER = "PARAMETER";

    /** Where the processes of a template come from. */
    public interface Resolver {
        /** A process by key: the pinned version, or else the one the caller considers current. */
        Optional<ScopedProcess> process(String key, Integer version);

        /** Whether factor release {@code release} holds a factor whose key starts with {@code prefix}. */
        boolean hasFactorWithPrefix(String release, String prefix);
    }

    /** Where problems go, each with the field (a template path, or the parameter name when set by a user). */
    public interface Problems {
        void error(String field, String rule, String message);

        boolean hasErrors();
    }

    /** Problems collected into a list. */
    public static final class ProblemList implements Problems {
        private final List<Violation> violations = new ArrayList<>();

        @Override
        public void error(String field, String rule, String message) {
            violations.add(new Violation(field, rule + ": " + message));
        }

        @Override
        public boolean hasErrors() {
            return !violations.isEmpty();
        }

        public List<Violation> violations() {
            return violations;
        }
    }
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final String CN = "CN";

    /** A process of the system. */
    public record Node(String key, ScopedProcess process) {
        public ProcessModel model() {
            return process.model();
        }
    }

    /**
     * A supply link.
     *
     * @param provider index of the node making {@code product}
     * @param consumer index of the node taking it in
     * @param exchange index of the consumer's product input
     * @param product  the product
     * @param share    the provider's share of that input (0-1]
     * @param amount   provided amount per consumer reference amount, in the provider's reference unit
     */
    public record Edge(int provider, int consumer, int exchange, String product, BigDecimal share, BigDecimal amount) {
    }

    private final TemplateModel template;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<Integer, BigDecimal> demand;
    private final Map<String, String> values;
    private final Map<Integer, String> electricityRegions;

    private ProductSystem(TemplateModel template, List<Node> nodes, List<Edge> edges, Map<Integer, BigDecimal> demand,
                          Map<String, String> values, Map<Integer, String> electricityRegions) {
        this.template = template;
        this.nodes = nodes;
        this.edges = edges;
        this.demand = demand;
        this.values = values;
        this.electricityRegions = electricityRegions;
    }

    public TemplateModel template() {
        return template;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /**
     * Which nodes meet the demand for the template's product, by node index, with their shares: the first node
     * alone, or (a supply-mix template) every node making the product, split by the provider parameters.
     */
    public Map<Integer, BigDecimal> demand() {
        return demand;
    }

    /** Every parameter's value, set or default. */
    public Map<String, String> values() {
        return values;
    }

    /** Per node index, the electricity region set for it (absent: the process's own electricity factors). */
    public Map<Integer, String> electricityRegions() {
        return electricityRegions;
    }

    /**
     * Resolves a published template with what a user set.
     *
     * @throws ProblemException 400 naming each parameter or node that does not work
     */
    public static ProductSystem resolve(TemplateModel template, Map<String, String> settings, Resolver scope) {
        ProblemList problems = new ProblemList();
        Optional<ProductSystem> system = resolve(template, settings, scope, problems);
        if (system.isEmpty()) {
            throw ProblemException.invalid(problems.violations());
        }
        return system.get();
    }

    /**
     * Resolves {@code template} with {@code settings} overriding parameter defaults. Problems go to
     * {@code findings}: with {@code settings} they name the parameter, otherwise the template field.
     */
    public static Optional<ProductSystem> resolve(TemplateModel template, Map<String, String> settings,
                                                  Resolver scope, Problems findings) {
        List<Node> nodes = nodes(template, scope, findings);
        Map<String, String> values = values(template, settings, findings);
        if (nodes == null || values == null) {
            return Optional.empty();
        }
        List<Parameter> parameters = template.parameters() == null ? List.of() : template.parameters();
        Map<Integer, String> regions = electricityRegions(parameters, values, nodes, scope, settings, findings);
        List<Edge> edges = new ArrayList<>();
        for (int consumer = 0; consumer < nodes.size(); consumer++) {
            ProcessModel model = nodes.get(consumer).model();
            List<Exchange> exchanges = feedAdjusted(model, parameters, values);
            for (int index = 0; index < exchanges.size(); index++) {
                Exchange input = exchanges.get(index);
                if (Exchange.PRODUCT_INPUT.equals(input.type())) {
                    link(consumer, index, input, nodes, parameters, values, edges, findings);
                }
            }
        }
        Map<Integer, BigDecimal> demand = demand(template.product(), nodes, parameters, values, findings);
        if (findings.hasErrors() || demand == null) {
            return Optional.empty();
        }
        return Optional.of(new ProductSystem(template, nodes, List.copyOf(edges), demand, values, regions));
    }

    private static List<Node> nodes(TemplateModel template, Resolver scope, Problems findings) {
        if (template.nodes() == null || template.nodes().isEmpty()) {
            findings.error("nodes", STRUCTURE, "a template needs at least one node, its product's maker first");
            return null;
        }
        List<Node> nodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < template.nodes().size(); i++) {
            TemplateModel.Node node = template.nodes().get(i);
            String field = "nodes[" + i + "].process";
            if (node == null || node.process() == null) {
                findings.error(field, STRUCTURE, "a process key is required");
                continue;
            }
            if (!seen.add(node.process())) {
                findings.error(field, STRUCTURE, "process " + node.process() + " is listed twice");
                continue;
            }
            Optional<ScopedProcess> process = scope.process(node.process(), node.version());
            if (process.isEmpty()) {
                findings.error(field, UNRESOLVED, "no published process '" + node.process() + "'"
                        + (node.version() == null ? "" : " version " + node.version()));
                continue;
            }
            nodes.add(new Node(node.process(), process.get()));
        }
        if (findings.hasErrors()) {
            return null;
        }
        String rootProduct = nodes.get(0).model().referenceProduct().product();
        if (!rootProduct.equals(template.product())) {
            findings.error("nodes[0].process", STRUCTURE, "the first node makes the template's product "
                    + template.product() + ", but " + nodes.get(0).key() + " makes " + rootProduct);
            return null;
        }
        return nodes;
    }

    private static Map<String, String> values(TemplateModel template, Map<String, String> settings,
                                              Problems findings) {
        List<Parameter> parameters = template.parameters() == null ? List.of() : template.parameters();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            String set = settings.get(parameter.name());
            String value = set != null ? set : parameter.defaultValue();
            String field = set != null ? parameter.name() : "parameters[" + i + "].default";
            if (validValue(parameter, value, field, findings)) {
                values.put(parameter.name(), value);
            }
        }
        for (String name : settings.keySet()) {
            if (!values.containsKey(name) && parameters.stream().noneMatch(p -> name.equals(p.name()))) {
                findings.error(name, PARAMETER, "template " + template.key() + " has no parameter '" + name
                        + "'; it has " + parameters.stream().map(Parameter::name).toList());
            }
        }
        return findings.hasErrors() ? null : values;
    }

    private static boolean validValue(Parameter parameter, String value, String field, Problems findings) {
        if (value == null || value.isBlank()) {
            findings.error(field, PARAMETER, "a value is required");
            return false;
        }
        switch (parameter.kind() == null ? "" : parameter.kind()) {
            case "provider_route" -> {
                if (parameter.allowed() == null || !parameter.allowed().contains(value)) {
                    findings.error(field, PARAMETER, "'" + value + "' is not one of " + parameter.allowed());
                    return false;
                }
            }
            case "provider_share", "feed_share" -> {
                BigDecimal share;
                try {
                    share = new BigDecimal(value.trim());
                } catch (NumberFormatException e) {
                    findings.error(field, PARAMETER, "a share from 0 to 1 is required, not '" + value + "'");
                    return false;
                }
                BigDecimal min = parameter.min() == null ? BigDecimal.ZERO : parameter.min();
                BigDecimal max = parameter.max() == null ? BigDecimal.ONE : parameter.max();
                if (share.compareTo(min.max(BigDecimal.ZERO)) < 0 || share.compareTo(max.min(BigDecimal.ONE)) > 0) {
                    findings.error(field, PARAMETER, value + " is outside " + min.toPlainString() + "-"
                            + max.toPlainString());
                    return false;
                }
            }
            case "electricity_region" -> {
                if (!CN.equals(value) && !value.matches("^CN-[A-Z]{2}$")) {
                    findings.error(field, PARAMETER, "CN (national) or a province code such as CN-YN is "
                            + "required, not '" + value + "'");
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, String> electricityRegions(List<Parameter> parameters, Map<String, String> values,
                                                           List<Node> nodes, Resolver scope,
                                                           Map<String, String> settings, Problems findings) {
        Map<Integer, String> regions = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (!"electricity_region".equals(parameter.kind())) {
                continue;
            }
            String region = values.get(parameter.name());
            String field = settings.containsKey(parameter.name()) ? parameter.name() : "parameters[" + i + "].default";
            for (String key : parameter.nodes() == null ? List.<String>of() : parameter.nodes()) {
                int index = indexOf(nodes, key);
                if (index < 0) {
                    continue;
                }
                regions.put(index, region);
                ProcessModel model = nodes.get(index).model();
                if (!CN.equals(region) && !hasGridFactor(scope, model.factorRelease(), region)) {
                    findings.error(field, PARAMETER, "factor release " + model.factorRelease()
                            + " has no grid factor for " + region + " (needed by " + key + ")");
                    return regions;
                }
            }
        }
        return regions;
    }

    private static boolean hasGridFactor(Resolver scope, String release, String region) {
        return scope.hasFactorWithPrefix(release, "electricity.grid." + region.toLowerCase() + ".");
    }

    /** The node's exchanges with a {@code feed_share} applied: the set share of the combined feed is the product. */
    private static List<Exchange> feedAdjusted(ProcessModel model, List<Parameter> parameters,
                                               Map<String, String> values) {
        List<Exchange> exchanges = new ArrayList<>(model.exchanges());
        for (Parameter parameter : parameters) {
            if (!"feed_share".equals(parameter.kind()) || !model.key().equals(parameter.process())) {
                continue;
            }
            int product = inputIndex(exchanges, parameter.product());
            int replaced = inputIndex(exchanges, parameter.replaces());
            if (product < 0 || replaced < 0) {
                continue;
            }
            Exchange replacedInput = exchanges.get(replaced);
            Exchange productInput = exchanges.get(product);
            BigDecimal feed = replacedInput.amount().add(
                    ActivityUnits.convert(productInput.amount(), productInput.unit(), replacedInput.unit()));
            BigDecimal share = new BigDecimal(values.get(parameter.name()));
            BigDecimal productAmount = ActivityUnits.convert(feed.multiply(share, MC), replacedInput.unit(),
                    productInput.unit());
            exchanges.set(product, productInput.withAmount(productAmount));
            exchanges.set(replaced, replacedInput.withAmount(feed.subtract(feed.multiply(share, MC))));
        }
        return exchanges;
    }

    private static void link(int consumer, int index, Exchange input, List<Node> nodes, List<Parameter> parameters,
                             Map<String, String> values, List<Edge> edges, Problems findings) {
        ProcessModel model = nodes.get(consumer).model();
        if (input.product().equals(model.referenceProduct().product())) {
            return;
        }
        List<Integer> providers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).model().referenceProduct().product().equals(input.product())) {
                providers.add(i);
            }
        }
        String field = "nodes[" + consumer + "]";
        if (providers.isEmpty()) {
            findings.error(field, PROVIDER, "no node makes " + input.product() + ", which " + model.key()
                    + " takes in (exchanges[" + index + "]); add its process as a node");
            return;
        }
        Map<Integer, BigDecimal> shares = providers.size() == 1 ? Map.of(providers.get(0), BigDecimal.ONE)
                : shares(input.product(), providers, nodes, parameters, values, field, findings);
        if (shares == null) {
            return;
        }
        for (Map.Entry<Integer, BigDecimal> share : shares.entrySet()) {
            if (share.getValue().signum() == 0) {
                continue;
            }
            ProcessModel provider = nodes.get(share.getKey()).model();
            BigDecimal amount = ActivityUnits.convert(input.amount(), input.unit(), provider.referenceProduct().unit())
                    .multiply(share.getValue(), MC);
            edges.add(new Edge(share.getKey(), consumer, index, input.product(), share.getValue(), amount));
        }
    }

    private static Map<Integer, BigDecimal> demand(String product, List<Node> nodes, List<Parameter> parameters,
                                                   Map<String, String> values, Problems findings) {
        List<Integer> makers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).model().referenceProduct().product().equals(product)) {
                makers.add(i);
            }
        }
        if (makers.size() == 1) {
            return Map.of(0, BigDecimal.ONE);
        }
        Map<Integer, BigDecimal> shares = shares(product, makers, nodes, parameters, values, "nodes", findings);
        if (shares != null) {
            shares.values().removeIf(share -> share.signum() == 0);
        }
        return shares;
    }

    /** Several nodes make {@code product}: route shares first, the rest to the route the route parameter names. */
    private static Map<Integer, BigDecimal> shares(String product, List<Integer> providers, List<Node> nodes,
                                                   List<Parameter> parameters, Map<String, String> values,
                                                   String field, Problems findings) {
        Parameter routeParameter = parameters.stream()
                .filter(p -> "provider_route".equals(p.kind()) && product.equals(p.product())).findFirst().orElse(null);
        if (routeParameter == null) {
            findings.error(field, PROVIDER, providers.size() + " nodes make " + product + " ("
                    + providers.stream().map(i -> nodes.get(i).key()).toList() + ") but no provider_route parameter "
                    + "says which one supplies it");
            return null;
        }
        Map<Integer, BigDecimal> shares = new LinkedHashMap<>();
        BigDecimal rest = BigDecimal.ONE;
        for (Parameter parameter : parameters) {
            if ("provider_share".equals(parameter.kind()) && product.equals(parameter.product())) {
                Integer provider = byRoute(providers, nodes, parameter.route());
                if (provider == null) {
                    findings.error(field, PARAMETER, "parameter " + parameter.name() + " gives a share to route "
                            + parameter.route() + ", but no node of that route makes " + product);
                    return null;
                }
                BigDecimal share = new BigDecimal(values.get(parameter.name()));
                shares.merge(provider, share, BigDecimal::add);
                rest = rest.subtract(share);
            }
        }
        if (rest.signum() < 0) {
            findings.error(field, PARAMETER, "the shares of " + product + " sum to more than 1");
            return null;
        }
        Integer main = byRoute(providers, nodes, values.get(routeParameter.name()));
        if (main == null) {
            findings.error(field, PARAMETER, "no node of route " + values.get(routeParameter.name())
                    + " makes " + product);
            return null;
        }
        shares.merge(main, rest, BigDecimal::add);
        return shares;
    }

    private static Integer byRoute(List<Integer> providers, List<Node> nodes, String route) {
        return providers.stream().filter(i -> nodes.get(i).model().route().equals(route)).findFirst().orElse(null);
    }

    private static int inputIndex(List<Exchange> exchanges, String product) {
        for (int i = 0; i < exchanges.size(); i++) {
            if (Exchange.PRODUCT_INPUT.equals(exchanges.get(i).type()) && exchanges.get(i).product().equals(product)) {
                return i;
            }
        }
        return -1;
    }

    public static int indexOf(List<Node> nodes, String key) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the exchange of an edge states why it may close a loop. */
    public boolean explainsLoop(Edge edge) {
        return nodes.get(edge.consumer()).model().exchanges().get(edge.exchange()).loopReason() != null;
    }
}
