package org.copperpcf.inventory.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.contracts.inventory.TemplateModel.Parameter;
import org.copperpcf.inventory.model.Vocabulary;
import org.copperpcf.kit.inventory.ProductSystem;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rules a product-system template must satisfy: nodes that resolve to published processes, one provider (or a
 * parameter choosing among several) for every product input, parameters that target what exists and whose defaults
 * are valid, and no supply loop without a stated reason.
 */
@ApplicationScoped
public class TemplateValidator {

    /** Validates {@code template}; finding paths start with {@code prefix} (e.g. {@code templates[0].}). */
    public ValidationReport validate(TemplateModel template, ModelScope scope, String prefix) {
        Findings findings = new Findings(prefix);
        validate(template, scope, findings);
        return findings.report();
    }

    private void validate(TemplateModel template, ModelScope scope, Findings findings) {
        ProcessValidator.key(template.key(), "key", findings);
        ProcessValidator.key(template.product(), "product", findings);
        ProcessValidator.text(template.nameEn(), "nameEn", findings);
        if (template.declaredUnit() == null) {
            findings.error("declaredUnit", Rules.STRUCTURE, "is required, e.g. 1 kg");
        } else {
            ProcessValidator.positive(template.declaredUnit().amount(), "declaredUnit.amount", findings);
            ProcessValidator.unit(template.declaredUnit().unit(), "declaredUnit.unit", findings);
            if (Vocabulary.isCopperProduct(template.product()) && template.declaredUnit().unit() != null
                    && ProcessValidator.isKnownUnit(template.declaredUnit().unit())
                    && !ProcessValidator.isMass(template.declaredUnit().unit())) {
                findings.error("declaredUnit.unit", Rules.UNIT, "a copper product is declared by mass");
            }
        }
        parameters(template, findings);
        List<TemplateModel.Node> nodes = template.nodes() == null ? List.of() : template.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) != null) {
                ProcessValidator.key(nodes.get(i).process(), "nodes[" + i + "].process", findings);
            }
        }
        if (findings.hasErrors()) {
            return;
        }
        Optional<ProductSystem> system = ProductSystem.resolve(template, Map.of(), scope, findings);
        if (system.isEmpty()) {
            return;
        }
        if (!ProcessValidator.compatible(template.declaredUnit().unit(),
                system.get().nodes().get(0).model().referenceProduct().unit())) {
            findings.error("declaredUnit.unit", Rules.UNIT, template.declaredUnit().unit() + " cannot be converted to "
                    + system.get().nodes().get(0).model().referenceProduct().unit() + ", the reference unit of "
                    + system.get().nodes().get(0).key());
        }
        targets(template, system.get(), findings);
        cycles(system.get(), findings);
        unusedNodes(system.get(), findings);
    }

    private static void parameters(TemplateModel template, Findings findings) {
        Set<String> names = new HashSet<>();
        List<Parameter> parameters = template.parameters() == null ? List.of() : template.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            String path = "parameters[" + i + "].";
            if (parameter == null) {
                findings.error("parameters[" + i + "]", Rules.STRUCTURE, "must not be null");
                continue;
            }
            if (parameter.name() == null || !parameter.name().matches("^[a-z][A-Za-z0-9]*$")) {
                findings.error(path + "name", Rules.STRUCTURE, "a lowerCamelCase name is required");
            } else if (!names.add(parameter.name())) {
                findings.error(path + "name", Rules.STRUCTURE, "parameter " + parameter.name() + " is defined twice");
            }
            if (!ProcessValidator.code(parameter.kind(), path + "kind", Vocabulary.PARAMETER_KINDS, findings)) {
                continue;
            }
            switch (parameter.kind()) {
                case "provider_route" -> {
                    ProcessValidator.key(parameter.product(), path + "product", findings);
                    if (parameter.allowed() == null || parameter.allowed().isEmpty()) {
                        findings.error(path + "allowed", Rules.PARAMETER, "list the routes a user may choose");
                    }
                }
                case "provider_share" -> {
                    ProcessValidator.key(parameter.product(), path + "product", findings);
                    ProcessValidator.code(parameter.route(), path + "route", Vocabulary.ROUTES, findings);
                }
                case "feed_share" -> {
                    ProcessValidator.key(parameter.process(), path + "process", findings);
                    ProcessValidator.key(parameter.product(), path + "product", findings);
                    ProcessValidator.key(parameter.replaces(), path + "replaces", findings);
                }
                default -> {
                    if (parameter.nodes() == null || parameter.nodes().isEmpty()) {
                        findings.error(path + "nodes", Rules.PARAMETER, "list the nodes whose electricity it sets");
                    }
                }
            }
        }
    }

    /** Parameters must act on something in the system: routes that have a node, nodes and inputs that exist. */
    private static void targets(TemplateModel template, ProductSystem system, Findings findings) {
        List<Parameter> parameters = template.parameters() == null ? List.of() : template.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            String path = "parameters[" + i + "].";
            switch (parameter.kind()) {
                case "provider_route" -> {
                    for (int j = 0; j < parameter.allowed().size(); j++) {
                        String route = parameter.allowed().get(j);
                        if (system.nodes().stream().noneMatch(node -> makes(node, parameter.product(), route))) {
                            findings.error(path + "allowed[" + j + "]", Rules.PARAMETER, "no node of route " + route
                                    + " makes " + parameter.product());
                        }
                    }
                }
                case "feed_share" -> {
                    int node = ProductSystem.indexOf(system.nodes(), parameter.process());
                    if (node < 0) {
                        findings.error(path + "process", Rules.PARAMETER, parameter.process() + " is not a node");
                    } else {
                        List<Exchange> exchanges = system.nodes().get(node).model().exchanges();
                        for (String product : List.of(parameter.product(), parameter.replaces())) {
                            if (exchanges.stream().noneMatch(e -> Exchange.PRODUCT_INPUT.equals(e.type())
                                    && product.equals(e.product()))) {
                                findings.error(path + (product.equals(parameter.product()) ? "product" : "replaces"),
                                        Rules.PARAMETER, parameter.process() + " has no product input " + product);
                            }
                        }
                    }
                }
                case "electricity_region" -> {
                    for (int j = 0; j < parameter.nodes().size(); j++) {
                        if (ProductSystem.indexOf(system.nodes(), parameter.nodes().get(j)) < 0) {
                            findings.error(path + "nodes[" + j + "]", Rules.PARAMETER, parameter.nodes().get(j)
                                    + " is not a node of the template");
                        }
                    }
                }
                default -> {
                    // provider_share targets are checked when the shares are resolved
                }
            }
        }
    }

    private static boolean makes(ProductSystem.Node node, String product, String route) {
        return node.model().referenceProduct().product().equals(product) && node.model().route().equals(route);
    }

    /**
     * A loop in the supply graph is allowed only when one of its links states why (ISO 14044 closed loops). Every
     * possible link counts, not only those the default parameter values use.
     */
    private static void cycles(ProductSystem system, Findings findings) {
        List<ProductSystem.Edge> links = new ArrayList<>();
        List<ProductSystem.Node> nodes = system.nodes();
        for (int consumer = 0; consumer < nodes.size(); consumer++) {
            List<Exchange> exchanges = nodes.get(consumer).model().exchanges();
            String own = nodes.get(consumer).model().referenceProduct().product();
            for (int index = 0; index < exchanges.size(); index++) {
                Exchange input = exchanges.get(index);
                if (!Exchange.PRODUCT_INPUT.equals(input.type()) || own.equals(input.product())) {
                    continue;
                }
                for (int provider = 0; provider < nodes.size(); provider++) {
                    if (nodes.get(provider).model().referenceProduct().product().equals(input.product())) {
                        links.add(new ProductSystem.Edge(provider, consumer, index, input.product(), null, null));
                    }
                }
            }
        }
        int[] state = new int[nodes.size()];
        for (int start = 0; start < nodes.size(); start++) {
            if (state[start] == 0 && findCycle(start, system, links, state, new ArrayList<>(), findings)) {
                return;
            }
        }
    }

    private static boolean findCycle(int node, ProductSystem system, List<ProductSystem.Edge> links, int[] state,
                                     List<ProductSystem.Edge> path, Findings findings) {
        state[node] = 1;
        for (ProductSystem.Edge edge : links) {
            if (edge.consumer() != node) {
                continue;
            }
            path.add(edge);
            if (state[edge.provider()] == 1) {
                List<ProductSystem.Edge> loop = path.subList(indexOfConsumer(path, edge.provider()), path.size());
                if (loop.stream().noneMatch(system::explainsLoop)) {
                    findings.error("nodes", Rules.CYCLE, "supply loop without a stated reason: " + describe(loop, system)
                            + "; set loopReason on one of these product inputs, or break the loop");
                    return true;
                }
            } else if (state[edge.provider()] == 0
                    && findCycle(edge.provider(), system, links, state, path, findings)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        state[node] = 2;
        return false;
    }

    private static int indexOfConsumer(List<ProductSystem.Edge> path, int node) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).consumer() == node) {
                return i;
            }
        }
        return 0;
    }

    private static String describe(List<ProductSystem.Edge> loop, ProductSystem system) {
        StringBuilder text = new StringBuilder(system.nodes().get(loop.get(0).consumer()).key());
        for (ProductSystem.Edge edge : loop) {
            text.append(" <- ").append(edge.product()).append(" <- ").append(system.nodes().get(edge.provider()).key());
        }
        return text.toString();
    }

    private static void unusedNodes(ProductSystem system, Findings findings) {
        for (int i = 1; i < system.nodes().size(); i++) {
            String product = system.nodes().get(i).model().referenceProduct().product();
            boolean consumed = product.equals(system.template().product())
                    || system.nodes().stream().anyMatch(node -> node.model().exchanges().stream()
                    .anyMatch(e -> Exchange.PRODUCT_INPUT.equals(e.type()) && product.equals(e.product())));
            if (!consumed) {
                findings.warning("nodes[" + i + "].process", Rules.UNUSED_NODE, "no node takes in " + product
                        + ", so " + system.nodes().get(i).key() + " contributes nothing", null);
            }
        }
    }
}
