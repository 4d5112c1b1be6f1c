package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished.Breakdown;
import org.copperpcf.contracts.footprint.FootprintPublished.DataQuality;
import org.copperpcf.contracts.footprint.FootprintPublished.InputRef;
import org.copperpcf.contracts.footprint.FootprintPublished.Lineage;
import org.copperpcf.contracts.footprint.FootprintPublished.Methodology;
import org.copperpcf.contracts.footprint.FootprintPublished.Metrics;
import org.copperpcf.contracts.footprint.FootprintPublished.SupplierInput;
import org.copperpcf.contracts.footprint.FootprintPublished.Uncertainty;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.inventory.ScopedProcess;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.units.ActivityUnits;
import org.copperpcf.lca.Calculator;
import org.copperpcf.lca.PreparedSystem;
import org.copperpcf.lca.Result;
import org.copperpcf.lca.SingularSystemException;
import org.copperpcf.lca.UpstreamTree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Computes a footprint from the local replicas only: the template and its processes (newest versions unless
 * pinned), supplier data for the producer and the supply mix, the factor release (by name or {@code latest}) and a
 * GWP set; records the id, version and hash of every input it used, and the dependencies that decide when it must be
 * computed again. Results cross into {@code BigDecimal} with 10 significant digits (docs/architecture/engine.md).
 * A refused specification throws a {@link ProblemException} and leaves any surrounding transaction usable.
 */
@ApplicationScoped
@Transactional(value = TxType.SUPPORTS, dontRollbackOn = ProblemException.class)
public class FootprintCalculator {
    private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final Set<String> BIOGENIC_GASES = Set.of("ch4_non_fossil", "co2_biogenic", "co2e_biogenic");
    /** z for the 2.5 and 97.5 percentiles of a normal distribution (of ln h). */
    private static final double Z_95 = 1.959963984540054;

    private final Calculator engine = Calculator.withDefaults();
    private final ReplicaReader replicas;
    private final SupplierData suppliers;

    public FootprintCalculator(ReplicaReader replicas, SupplierData suppliers) {
        this.replicas = replicas;
        this.suppliers = suppliers;
    }

    /** The result part of a stored version. */
    public record Outcome(Breakdown breakdown, Metrics metrics, Methodology methodology) {
    }

    /** A dependency of a footprint: kind template, process, factor, factor_prefix or supplier, and a key. */
    public record Dependency(String kind, String key) {
    }

    /** A calculated footprint, before it is stored. */
    public record Calculation(String product, String declaredUnit, String geography, BigDecimal total, Outcome outcome,
                              Lineage lineage, Set<Dependency> dependencies, Set<UUID> supplierIds, String inputsHash,
                              String resultHash) {
    }

    /** The engine's solver, as an audit bundle names it. */
    public String solverName() {
        return engine.solverName();
    }

    /** A recomputation from a version's lineage, with the engine's contribution tree. */
    public record Reproduction(Calculation calculation, UpstreamTree upstream) {
    }

    /** From the current replicas: the newest versions, the release named (or the newest), current supplier data. */
    public Calculation calculate(FootprintSpecification spec) {
        ReplicaReader.Versioned<TemplateModel> template = template(spec);
        ReplicaReader.Release release = replicas.release(spec.factorRelease())
                .orElseThrow(() -> ProblemException.invalid("factorRelease", "no factor release '"
                        + spec.factorRelease() + "' has reached footprint-service"));
        return compute(spec, template, release, Map.of(), suppliers).calculation();
    }

    /** As {@link #calculate}, but with {@code candidate} in place of the specification's factor release. */
    public Calculation preview(FootprintSpecification spec, ReplicaReader.Release candidate) {
        return compute(spec, template(spec), candidate, Map.of(), suppliers).calculation();
    }

    private ReplicaReader.Versioned<TemplateModel> template(FootprintSpecification spec) {
        return replicas.template(spec.template(), spec.templateVersion())
                .orElseThrow(() -> ProblemException.invalid("template", "no published template '" + spec.template()
                        + "'" + (spec.templateVersion() == null ? "" : " v" + spec.templateVersion())
                        + " has reached footprint-service"));
    }

    /**
     * Recomputes a stored version from exactly what its lineage names: the template and process versions, the
     * factor release by id and the disclosures by id (even if superseded since). Equal inputs give the stored
     * resultHash; the engine's upstream tree comes along for explanation.
     */
    public Reproduction reproduce(FootprintSpecification spec, Lineage lineage) {
        ReplicaReader.Versioned<TemplateModel> template = replicas.template(lineage.template().key(),
                lineage.template().version()).orElseThrow(() -> ProblemException.conflict("INPUT_MISSING",
                "template " + lineage.template().key() + " v" + lineage.template().version() + " is not in the replica"));
        ReplicaReader.Release release = replicas.releaseIfPresent(lineage.factorRelease().id())
                .orElseThrow(() -> ProblemException.conflict("INPUT_MISSING", "factor release "
                        + lineage.factorRelease().key() + " (" + lineage.factorRelease().id() + ") is not in the replica"));
        Map<String, Integer> pinned = new HashMap<>();
        lineage.processes().forEach(process -> pinned.put(process.key(), process.version()));
        Map<String, UUID> disclosures = new HashMap<>(); // supplier data ids by supplier and product
        (lineage.supplierData() == null ? List.<SupplierInput>of() : lineage.supplierData())
                .forEach(input -> disclosures.put(input.supplierId() + "|" + SupplyChains.productCode(input.product()),
                        input.id()));
        SupplierSource source = new SupplierSource() {
            @Override
            public Optional<SupplierData.Activity> disclosure(UUID supplierId, String product, UUID facilityId,
                                                              FootprintSpecification.Period period) {
                UUID id = disclosures.get(supplierId + "|" + product);
                return id == null ? Optional.empty() : suppliers.byId(id);
            }

            @Override
            public Optional<SupplierData.Pcf> supplierFootprint(UUID supplierId, String product) {
                UUID id = disclosures.get(supplierId + "|" + product);
                return id == null ? Optional.empty() : suppliers.supplierFootprintById(id);
            }

            @Override
            public boolean known(UUID supplierId) {
                return suppliers.known(supplierId);
            }
        };
        return compute(spec, template, release, pinned, source);
    }

    private Reproduction compute(FootprintSpecification spec, ReplicaReader.Versioned<TemplateModel> template,
                                 ReplicaReader.Release release, Map<String, Integer> pinnedProcesses,
                                 SupplierSource suppliers) {
        if (release.content().gwpSets() == null
                || release.content().gwpSets().stream().noneMatch(set -> set.name().equals(spec.gwpSet()))) {
            throw ProblemException.invalid("gwpSet", "factor release " + release.name() + " has no GWP set '"
                    + spec.gwpSet() + "'");
        }
        Map<String, ReplicaReader.Versioned<ProcessModel>> used = new LinkedHashMap<>();
        ProductSystem resolved = ProductSystem.resolve(template.model(), spec.parameters(),
                resolver(release, used, pinnedProcesses));
        SupplyChains.Built built = new SupplyChains(resolved, spec, release.factors(), suppliers).build();
        SupplyNetwork network = built.network();
        SystemAssembler.Assembly assembly;
        try {
            assembly = SystemAssembler.assemble(network, release.content(), spec.gwpSet());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("factorRelease", e.getMessage() + " (factor release " + release.name()
                    + ", template " + template.key() + ")");
        }
        Result result;
        try {
            result = engine.calculate(assembly.system(), assembly.demand());
        } catch (SingularSystemException e) {
            throw new ProblemException(422, "SYSTEM_SINGULAR", "The product system has no solution", e.getMessage());
        }
        List<InputRef> processes = new ArrayList<>();
        for (ReplicaReader.Versioned<ProcessModel> process : used.values()) {
            processes.add(new InputRef(process.key(), process.version(), process.contentHash(), process.id()));
        }
        Set<String> factorKeys = new TreeSet<>();
        assembly.system().flows().values().forEach(flow -> {
            if (flow.input() != null && !flow.input().startsWith("credit:") && !flow.input().startsWith("pcf:")) {
                factorKeys.add(flow.input());
            }
        });
        factorKeys.addAll(creditFactors(network));
        List<SupplierInput> supplierInputs = LineAttribution.attach(built.supplierInputs(), network,
                built.disclosures(), result.scaling(), assembly.exchangeKgCo2e(), upstreamIntensity(assembly));
        Lineage lineage = new Lineage(new InputRef(template.key(), template.version(), template.contentHash(),
                template.id()), processes, new InputRef(release.name(), (int) release.version(), null, release.id()),
                spec.gwpSet(), resolved.values(), supplierInputs, List.copyOf(factorKeys),
                spec.electricityMethod());
        Breakdown breakdown = new Breakdown(shown(result.contributions().byStage()),
                shown(result.contributions().byGas()), shown(result.contributions().byProcess()),
                shown(result.contributions().byInput()));
        Metrics metrics = metrics(result, assembly, network);
        Methodology methodology = methodology(network, spec, release, built.notes());
        String declaredUnit = ActivityUnits.plain(template.model().declaredUnit().amount()).toPlainString() + " "
                + template.model().declaredUnit().unit();
        Outcome outcome = new Outcome(breakdown, metrics, methodology);
        String resultHash = EventJson.contentHash(Map.of("engine", result.resultHash(), "metrics", metrics));
        return new Reproduction(new Calculation(template.model().product(), declaredUnit, built.geography(),
                shown(result.total()), outcome, lineage, dependencies(spec, lineage, built), built.supplierIds(),
                result.inputsHash(), resultHash), result.upstream());
    }

    /**
     * kg CO2e per unit of a node's reference product with its whole supply chain: one more solve of the same
     * system per node asked about, with the factorisation made on the first question.
     */
    private ToDoubleFunction<String> upstreamIntensity(SystemAssembler.Assembly assembly) {
        PreparedSystem[] prepared = new PreparedSystem[1];
        return node -> {
            if (prepared[0] == null) {
                prepared[0] = engine.prepare(assembly.system());
            }
            return prepared[0].calculate(Map.of(node, 1.0)).total();
        };
    }

    private Metrics metrics(Result result, SystemAssembler.Assembly assembly, SupplyNetwork network) {
        double total = result.total();
        double biogenic = 0;
        for (Map.Entry<String, Double> gas : result.contributions().byGas().entrySet()) {
            if (BIOGENIC_GASES.contains(gas.getKey())) {
                biogenic += gas.getValue();
            }
        }
        double weight = 0;
        double primary = 0;
        double[] pedigree = new double[5];
        double variance = 0;
        double electricity = 0;
        double certified = 0;
        for (Map.Entry<String, SystemAssembler.NodeStats> entry : assembly.stats().entrySet()) {
            double s = result.scaling().getOrDefault(entry.getKey(), 0.0);
            SystemAssembler.NodeStats stats = entry.getValue();
            weight += Math.abs(s) * stats.weight();
            primary += Math.abs(s) * stats.primaryWeight();
            for (int i = 0; i < pedigree.length; i++) {
                pedigree[i] += Math.abs(s) * stats.pedigreeSums()[i];
            }
            variance += s * s * stats.varianceSum();
            electricity += s * stats.electricityKwh();
            certified += s * stats.certifiedKwh();
        }
        double recycled = 0;
        double copperInProduct = 0;
        for (int i = 0; i < network.nodes().size(); i++) {
            ProcessModel model = network.nodes().get(i).model();
            double s = result.scaling().getOrDefault(network.nodes().get(i).key(), 0.0);
            double copper = model.referenceProduct().copperContent() == null ? 0
                    : model.referenceProduct().copperContent().doubleValue();
            double made = s * model.referenceProduct().amount().doubleValue() * copper;
            if (model.referenceProduct().product().startsWith("copper.scrap.")) {
                recycled += made;
            }
            if (network.demand().containsKey(i)) {
                copperInProduct += made;
            }
        }
        DataQuality quality = weight == 0 ? null : new DataQuality(rating(pedigree[4] / weight),
                rating(pedigree[3] / weight), rating(pedigree[2] / weight), rating(pedigree[0] / weight),
                rating(pedigree[1] / weight), rating((pedigree[2] + pedigree[3] + pedigree[4]) / (3 * weight)));
        Uncertainty uncertainty = null;
        if (total > 0) {
            double sigma = Math.sqrt(variance) / total;
            uncertainty = new Uncertainty("first-order propagation of lognormal exchange uncertainties "
                    + "(pedigree matrix and basic uncertainty, activity and factor combined)", shown(Math.exp(sigma)),
                    shown(total * Math.exp(-Z_95 * sigma)), shown(total * Math.exp(Z_95 * sigma)));
        }
        return new Metrics(shown(total - biogenic), shown(biogenic), percent(primary, weight),
                percent(Math.min(recycled, copperInProduct), copperInProduct), percent(certified, electricity),
                quality, uncertainty, EnergyIntensities.of(network, result.scaling()));
    }

    private static Methodology methodology(SupplyNetwork network, FootprintSpecification spec, ReplicaReader.Release release,
                                           List<String> notes) {
        Set<String> allocation = new TreeSet<>();
        for (SupplyNetwork.Node node : network.nodes()) {
            node.model().exchanges().stream().filter(e -> e.allocation() != null)
                    .forEach(e -> allocation.add(node.model().key() + ": " + e.product() + " by "
                            + e.allocation().method()));
        }
        String electricity = FootprintSpecification.MARKET_BASED.equals(spec.electricityMethod())
                ? "market-based: redeemed green certificates and green-power contracts take their generation type's "
                + "footprint factor, the rest of a supplier's electricity the residual factor (national average "
                + "excluding market-traded non-fossil); processes without supplier data stay location-based"
                : "location-based: grid-average factors (a supplier's provincial grid where known)";
        List<String> allNotes = new ArrayList<>(notes);
        network.nodes().forEach(node -> allNotes.addAll(node.notes()));
        return new Methodology(List.of("ISO 14067:2018", "GB/T 24067-2024", "PACT Methodology v3"),
                "cradle-to-gate", "recycled content (cut-off): scrap enters burden-free; its collection and "
                + "preparation count; internal scrap is neither recycled content nor credited",
                List.copyOf(allocation), electricity, spec.gwpSet(), "IPCC " + spec.gwpSet() + " GWP100 from factor "
                + "release " + release.name(), allNotes);
    }

    /** Factors behind substitution credits, which the engine knows only as {@code credit:<product>}. */
    private static Set<String> creditFactors(SupplyNetwork network) {
        Set<String> keys = new TreeSet<>();
        for (SupplyNetwork.Node node : network.nodes()) {
            node.model().exchanges().stream()
                    .filter(e -> e.allocation() != null && "substitution".equals(e.allocation().method()))
                    .forEach(e -> keys.add(e.allocation().parameters().get("substitutedFactorKey")));
        }
        return keys;
    }

    /**
     * What can change this footprint: its template (unless pinned), its processes, its suppliers, and, when it
     * follows the {@code latest} release, each factor it used and, for factors chosen as a region's newest year, any
     * factor of that series.
     */
    private static Set<Dependency> dependencies(FootprintSpecification spec, Lineage lineage, SupplyChains.Built built) {
        Set<Dependency> dependencies = new LinkedHashSet<>();
        if (spec.templateVersion() == null) {
            dependencies.add(new Dependency("template", spec.template()));
        }
        lineage.processes().forEach(process -> dependencies.add(new Dependency("process", process.key())));
        built.supplierIds().forEach(id -> dependencies.add(new Dependency("supplier", id.toString())));
        if (FootprintSpecification.LATEST.equals(spec.factorRelease())) {
            for (String key : lineage.factors()) {
                dependencies.add(new Dependency("factor", key));
                if (key.matches(".*\\.\\d{4}$")) {
                    dependencies.add(new Dependency("factor_prefix", key.substring(0, key.length() - 4)));
                }
            }
            dependencies.add(new Dependency("gwp_set", spec.gwpSet()));
        }
        return dependencies;
    }

    /** Processes through the reader: the pinned version, or the newest; remembers each one used for the lineage. */
    private ProductSystem.Resolver resolver(ReplicaReader.Release release,
                                            Map<String, ReplicaReader.Versioned<ProcessModel>> used,
                                            Map<String, Integer> pinned) {
        Map<String, Boolean> prefixes = new HashMap<>();
        return new ProductSystem.Resolver() {
            @Override
            public Optional<ScopedProcess> process(String key, Integer version) {
                return replicas.process(key, version != null ? version : pinned.get(key)).map(process -> {
                    used.put(key, process);
                    return new ScopedProcess(process.model(), process.version());
                });
            }

            @Override
            public boolean hasFactorWithPrefix(String releaseName, String prefix) {
                return prefixes.computeIfAbsent(prefix, p -> release.factors().keySet().stream()
                        .anyMatch(key -> key.startsWith(p)));
            }
        };
    }

    private static BigDecimal percent(double part, double whole) {
        return whole <= 0 ? BigDecimal.ZERO : ActivityUnits.plain(new BigDecimal(100 * part / whole)
                .setScale(2, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal rating(double value) {
        return ActivityUnits.plain(new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN));
    }

    private static Map<String, BigDecimal> shown(SortedMap<String, Double> values) {
        Map<String, BigDecimal> shown = new TreeMap<>();
        values.forEach((key, value) -> shown.put(key, shown(value)));
        return shown;
    }

    private static BigDecimal shown(double value) {
        return ActivityUnits.plain(new BigDecimal(value).round(SHOWN));
    }
}
