package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.footprint.FootprintPublished.SupplierInput;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.ReferenceProduct;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.calculation.SupplyNetwork.Edge;
import org.copperpcf.footprint.calculation.SupplyNetwork.Node;
import org.copperpcf.footprint.calculation.SupplyNetwork.Origin;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.units.ActivityUnits;

/**
 * Builds the {@link SupplyNetwork} of a specification: the producer's accepted data substituted into the node that
 * makes the product, then each supply-mix entry splitting a consumer's input between suppliers (each a substituted
 * copy of the template's default provider, with its own supply mix one tier up) and the industry average. Errors
 * name the specification field, e.g. {@code supplyMix[0].sources[1].supplierId}.
 */
final class SupplyChains {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.000001");
    private static final String NATIONAL = "CN";

    /** The network and what it used. */
    record Built(SupplyNetwork network, List<SupplierInput> supplierInputs, Set<UUID> supplierIds, String geography,
                 List<String> notes, Map<String, DisclosureAccepted> disclosures) {
    }

    private final ProductSystem resolved;
    private final FootprintSpecification spec;
    private final Map<String, ReleasedFactor> factors;
    private final SupplierSource suppliers;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Edge> templateEdges;
    private final List<SupplierInput> supplierInputs = new ArrayList<>();
    private final Set<UUID> supplierIds = new LinkedHashSet<>();
    private final Map<String, Integer> supplierNodes = new HashMap<>();
    /** The disclosure substituted into each supplier node, by node key. */
    private final Map<String, DisclosureAccepted> disclosures = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    SupplyChains(ProductSystem resolved, FootprintSpecification spec, Map<String, ReleasedFactor> factors,
                 SupplierSource suppliers) {
        this.resolved = resolved;
        this.spec = spec;
        this.factors = factors;
        this.suppliers = suppliers;
        SupplyNetwork base = SupplyNetwork.of(resolved);
        nodes.addAll(base.nodes());
        edges.addAll(base.edges());
        templateEdges = List.copyOf(base.edges());
    }

    Built build() {
        String geography = resolved.electricityRegions().getOrDefault(0, NATIONAL);
        if (spec.producer() != null) {
            if (spec.producer().supplierId() == null) {
                throw ProblemException.invalid("producer.supplierId", "a producer is a supplier id (and optionally "
                        + "a facility id); leave producer out for an industry average");
            }
            for (int maker : resolved.demand().keySet()) {
                UUID supplierId = spec.producer().supplierId();
                String product = nodes.get(maker).model().referenceProduct().product();
                SupplierData.Activity activity = suppliers.disclosure(supplierId, productCode(product),
                        spec.producer().facilityId(), spec.reportingPeriod()).orElseThrow(
                                () -> missingData("producer.supplierId", supplierId, product));
                substitute(maker, maker, activity);
                supplierInputs.add(new SupplierInput("producer", supplierId, product, Origin.DISCLOSURE, activity.id(),
                        activity.version(), activity.contentHash(), nodes.get(maker).key(), BigDecimal.ONE));
                geography = activity.content().facility().provinceCode();
            }
        }
        for (int maker : resolved.demand().keySet()) {
            applyMix(maker, spec.supplyMix(), "supplyMix");
        }
        return new Built(new SupplyNetwork(resolved.template(), List.copyOf(nodes), List.copyOf(edges),
                resolved.demand()), List.copyOf(supplierInputs), Set.copyOf(supplierIds), geography, notes,
                Map.copyOf(disclosures));
    }

    /** Replaces node {@code index} by {@code base}'s process with the supplier's data, linked like {@code base}. */
    private void substitute(int index, int base, SupplierData.Activity activity) {
        DisclosureAccepted disclosure = activity.content();
        Substitution.Substituted substituted = Substitution.apply(nodes.get(base).model(), disclosure, factors,
                spec.electricityMethod());
        String key = nodes.get(base).key() + "@" + disclosure.supplierId();
        Origin origin = new Origin(Origin.DISCLOSURE, disclosure.supplierId(), activity.id(), activity.version(),
                activity.contentHash());
        Node node = new Node(key, substituted.model(), null, substituted.certifiedKwh(), null, origin,
                substituted.notes());
        if (index == nodes.size()) {
            nodes.add(node);
        } else {
            nodes.set(index, node);
        }
        supplierIds.add(disclosure.supplierId());
        disclosures.put(key, disclosure);
        edges.removeIf(edge -> edge.consumer() == index);
        for (Exchange input : substituted.model().exchanges()) {
            if (!Exchange.PRODUCT_INPUT.equals(input.type()) || input.amount().signum() == 0
                    || input.product().equals(substituted.model().referenceProduct().product())) {
                continue;
            }
            List<Edge> defaults = templateEdges.stream()
                    .filter(edge -> edge.consumer() == base && edge.product().equals(input.product())).toList();
            if (defaults.isEmpty()) {
                throw ProblemException.invalid("supplier", "disclosure " + activity.id() + " reports "
                        + input.product() + ", but template " + resolved.template().key() + " has no process making it");
            }
            for (Edge edge : defaults) {
                String unit = nodes.get(edge.provider()).model().referenceProduct().unit();
                edges.add(new Edge(edge.provider(), index, input.product(), edge.share(),
                        ActivityUnits.convert(input.amount(), input.unit(), unit).multiply(edge.share(), MC)));
            }
        }
    }

    private void applyMix(int consumer, List<FootprintSpecification.SupplyMix> mixes, String field) {
        for (int j = 0; j < mixes.size(); j++) {
            FootprintSpecification.SupplyMix mix = mixes.get(j);
            String at = field + "[" + j + "]";
            ProcessModel model = nodes.get(consumer).model();
            List<Exchange> inputs = model.exchanges().stream()
                    .filter(e -> Exchange.PRODUCT_INPUT.equals(e.type()) && e.product().equals(mix.product())).toList();
            if (mix.product() == null || inputs.isEmpty()) {
                throw ProblemException.invalid(at + ".product", model.key() + " takes no '" + mix.product()
                        + "'; it takes " + model.exchanges().stream().filter(e -> Exchange.PRODUCT_INPUT.equals(e.type()))
                        .map(Exchange::product).distinct().toList());
            }
            checkShares(mix, at);
            List<Edge> defaults = edges.stream()
                    .filter(edge -> edge.consumer() == consumer && edge.product().equals(mix.product())).toList();
            edges.removeAll(defaults);
            for (int k = 0; k < mix.sources().size(); k++) {
                FootprintSpecification.Source source = mix.sources().get(k);
                String sourceField = at + ".sources[" + k + "]";
                if (source.meansIndustryAverage()) {
                    for (Edge edge : defaults) {
                        edges.add(new Edge(edge.provider(), consumer, edge.product(),
                                edge.share().multiply(source.share(), MC), edge.amount().multiply(source.share(), MC)));
                    }
                    continue;
                }
                int provider = supplierNode(source, mix.product(), sourceField);
                String unit = nodes.get(provider).model().referenceProduct().unit();
                BigDecimal amount = BigDecimal.ZERO;
                for (Exchange input : inputs) {
                    amount = amount.add(ActivityUnits.convert(input.amount(), input.unit(), unit));
                }
                edges.add(new Edge(provider, consumer, mix.product(), source.share(),
                        amount.multiply(source.share(), MC)));
            }
        }
    }

    private static void checkShares(FootprintSpecification.SupplyMix mix, String at) {
        if (mix.sources() == null || mix.sources().isEmpty()) {
            throw ProblemException.invalid(at + ".sources", "at least one source (a supplier or the industry "
                    + "average) is required");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < mix.sources().size(); k++) {
            FootprintSpecification.Source source = mix.sources().get(k);
            if (source.share() == null || source.share().signum() <= 0 || source.share().compareTo(BigDecimal.ONE) > 0) {
                throw ProblemException.invalid(at + ".sources[" + k + "].share", "a share in (0, 1] is required");
            }
            if (source.meansIndustryAverage() == (source.supplierId() != null)) {
                throw ProblemException.invalid(at + ".sources[" + k + "]", "a source is either a supplierId or "
                        + "industryAverage: true");
            }
            sum = sum.add(source.share());
        }
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            throw ProblemException.invalid(at + ".sources", "the shares sum to " + sum.toPlainString() + ", not 1");
        }
    }

    /** The node of a supplier's product (created once per supplier, product and upstream mix). */
    private int supplierNode(FootprintSpecification.Source source, String product, String field) {
        UUID supplierId = source.supplierId();
        String memo = supplierId + "|" + product + "|" + source.supplyMix();
        Integer existing = supplierNodes.get(memo);
        if (existing != null) {
            return existing;
        }
        Optional<SupplierData.Activity> disclosed = suppliers.disclosure(supplierId, productCode(product), null,
                spec.reportingPeriod());
        if (disclosed.isEmpty()) {
            SupplierData.Pcf pcf = suppliers.supplierFootprint(supplierId, productCode(product))
                    .orElseThrow(() -> missingData(field + ".supplierId", supplierId, product));
            if (!source.supplyMix().isEmpty()) {
                throw ProblemException.invalid(field + ".supplyMix", "supplier " + supplierId + " is represented by "
                        + "its PACT footprint " + pcf.id() + ", which is cradle-to-gate already and takes no supply mix");
            }
            int index = pcfNode(pcf, product, source.share());
            supplierNodes.put(memo, index);
            return index;
        }
        SupplierData.Activity activity = disclosed.get();
        int base = baseNode(product, activity.content(), field);
        int index = nodes.size();
        substitute(index, base, activity);
        Node node = nodes.get(index);
        if (nodes.stream().filter(n -> n.key().equals(node.key())).count() > 1) {
            nodes.set(index, new Node(node.key() + "#" + index, node.model(), null, node.certifiedKwh(), null,
                    node.origin(), node.notes()));
        }
        supplierNodes.put(memo, index);
        supplierInputs.add(new SupplierInput("supply", supplierId, product, Origin.DISCLOSURE, activity.id(),
                activity.version(), activity.contentHash(), nodes.get(index).key(), source.share()));
        applyMix(index, source.supplyMix(), field + ".supplyMix");
        return index;
    }

    /**
     * A supplier's PACT footprint as a black box per kg of product: its fossil part and the rest (biogenic non-CO2
     * and land-use emissions) as two flows, in the stage of the template process it stands for.
     */
    private int pcfNode(SupplierData.Pcf pcf, String product, BigDecimal share) {
        BigDecimal mass = pcf.productMassPerDeclaredUnit();
        BigDecimal fossil = pcf.fossilGhgEmissions().divide(mass, MC);
        BigDecimal rest = pcf.pcfExcludingBiogenicUptake().subtract(pcf.fossilGhgEmissions()).divide(mass, MC);
        String key = "pcf:" + pcf.id();
        Map<String, BigDecimal> flows = new TreeMap<>();
        flows.put(key + "|co2e", fossil);
        if (rest.signum() != 0) {
            flows.put(key + "|co2e_biogenic", rest);
        }
        String stage = resolved.nodes().stream().map(ProductSystem.Node::model)
                .filter(model -> model.referenceProduct().product().equals(product)).map(ProcessModel::stage)
                .findFirst().orElse("supplier_pcf");
        ProcessModel model = new ProcessModel(key, pcf.companyName() + " PACT footprint " + pcf.id(), null, null,
                stage, null, null, new ReferenceProduct(product, BigDecimal.ONE, "kg", null), null, null, null,
                List.of());
        int index = nodes.size();
        nodes.add(new Node(key, model, null, BigDecimal.ZERO, new SupplyNetwork.BlackBox(flows,
                pcf.primaryDataShare()), new Origin(Origin.SUPPLIER_PCF, pcf.supplierId(), pcf.id(), pcf.version(),
                pcf.contentHash()), List.of()));
        supplierIds.add(pcf.supplierId());
        supplierInputs.add(new SupplierInput("supply", pcf.supplierId(), product, Origin.SUPPLIER_PCF, pcf.id(),
                pcf.version(), pcf.contentHash(), key, share));
        return index;
    }

    /**
     * The template process a supplier's data replace: among the template's makers of the product, the one whose
     * copper feed matches what the supplier disclosed (a secondary smelter reports scrap, a primary one concentrate).
     */
    private int baseNode(String product, DisclosureAccepted disclosure, String field) {
        Set<String> disclosedFeed = new LinkedHashSet<>();
        for (DisclosureAccepted.Line line : disclosure.lines()) {
            if ("scrap".equals(line.category())) {
                disclosedFeed.add("post_consumer".equals(line.scrapKind()) ? "copper.scrap.post-consumer"
                        : "copper.scrap.pre-consumer");
            } else if ("material".equals(line.category()) && Set.of("concentrate", "blister", "anode", "cathode")
                    .contains(line.item())) {
                disclosedFeed.add("copper." + line.item());
            }
        }
        Integer first = null;
        for (int i = 0; i < resolved.nodes().size(); i++) {
            ProcessModel model = resolved.nodes().get(i).model();
            if (!model.referenceProduct().product().equals(product)) {
                continue;
            }
            Set<String> takes = new LinkedHashSet<>();
            model.exchanges().stream().filter(e -> Exchange.PRODUCT_INPUT.equals(e.type()))
                    .forEach(e -> takes.add(e.product()));
            if (takes.containsAll(disclosedFeed)) {
                return i;
            }
            if (first == null) {
                first = i;
            }
        }
        if (first == null) {
            throw ProblemException.invalid(field, "template " + resolved.template().key() + " has no process making "
                    + product + " to take this supplier's data");
        }
        return first;
    }

    private ProblemException missingData(String field, UUID supplierId, String product) {
        if (!suppliers.known(supplierId)) {
            return ProblemException.invalid(field, "unknown supplier " + supplierId + ": no data of it has reached "
                    + "footprint-service");
        }
        return ProblemException.invalid(field, "supplier " + supplierId + " has no accepted disclosure of "
                + productCode(product) + (spec.reportingPeriod() == null ? "" : " covering " + spec.reportingPeriod()
                .start() + " to " + spec.reportingPeriod().end()));
    }

    /** The supplier vocabulary's product code of an inventory product: copper.cathode → cathode. */
    static String productCode(String product) {
        if (product.startsWith("copper.scrap.")) {
            return "scrap";
        }
        return product.startsWith("copper.") ? product.substring("copper.".length()) : product;
    }
}
