package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.footprint.replica.ReplicatedFactorRelease;
import org.copperpcf.footprint.replica.ReplicatedInventory;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.inventory.ScopedProcess;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.units.ActivityUnits;
import org.copperpcf.lca.Calculator;
import org.copperpcf.lca.Result;
import org.copperpcf.lca.SingularSystemException;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Computes a footprint from the local replicas only: the template and its processes (newest versions unless
 * pinned), the factor release (by name or {@code latest}) and a GWP set; records the id, version and hash of every
 * input it used. Results cross into {@code BigDecimal} with 10 significant digits (docs/architecture/engine.md).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class FootprintCalculator {
    private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final String TEMPLATE = "template";
    private static final String PROCESS = "process";

    private final Calculator engine = Calculator.withDefaults();

    /** What to compute. */
    public record Specification(String templateKey, Integer templateVersion, Map<String, String> parameters,
                                String factorRelease, String gwpSet) {
    }

    /** An input and exactly which version of it was used. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputRef(String key, Integer version, String contentHash, UUID id) {
    }

    /** Everything a result depends on. */
    public record Lineage(InputRef template, List<InputRef> processes, InputRef factorRelease, String gwpSet,
                          Map<String, String> parameters) {
    }

    /** Breakdowns per declared unit, in kg CO2e. */
    public record Breakdown(Map<String, BigDecimal> byStage, Map<String, BigDecimal> byGas,
                            Map<String, BigDecimal> byProcess, Map<String, BigDecimal> byInput) {
    }

    /** A calculated footprint, before it is stored. */
    public record Calculation(String product, String declaredUnit, BigDecimal total, Breakdown breakdown,
                              Lineage lineage, String inputsHash, String resultHash) {
    }

    public Calculation calculate(Specification spec) {
        ReplicatedInventory templateRow = ReplicatedInventory.resolve(TEMPLATE, spec.templateKey(),
                spec.templateVersion()).orElseThrow(() -> ProblemException.invalid("template", "no published template '"
                + spec.templateKey() + "'" + (spec.templateVersion() == null ? "" : " v" + spec.templateVersion())
                + " has reached footprint-service"));
        ReplicatedFactorRelease releaseRow = ReplicatedFactorRelease.resolve(spec.factorRelease())
                .filter(release -> release.content != null)
                .orElseThrow(() -> ProblemException.invalid("factorRelease", "no factor release '"
                        + spec.factorRelease() + "' has reached footprint-service"));
        FactorReleasePublished release = EventJson.fromJson(releaseRow.content, FactorReleasePublished.class);
        if (release.gwpSets() == null || release.gwpSets().stream().noneMatch(set -> set.name().equals(spec.gwpSet()))) {
            throw ProblemException.invalid("gwpSet", "factor release " + release.name() + " has no GWP set '"
                    + spec.gwpSet() + "'");
        }
        TemplateModel template = EventJson.fromJson(templateRow.model, TemplateModel.class);
        Map<String, ReplicatedInventory> used = new LinkedHashMap<>();
        ProductSystem resolved = ProductSystem.resolve(template, spec.parameters(), resolver(release, used));
        SystemAssembler.Assembly assembly;
        try {
            assembly = SystemAssembler.assemble(resolved, release, spec.gwpSet());
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
        for (ProductSystem.Node node : resolved.nodes()) {
            ReplicatedInventory row = used.get(node.key());
            processes.add(new InputRef(row.modelKey, row.version, row.contentHash, row.versionId));
        }
        Lineage lineage = new Lineage(new InputRef(templateRow.modelKey, templateRow.version, templateRow.contentHash,
                templateRow.versionId), processes, new InputRef(release.name(), (int) release.version(), null,
                release.releaseId()), spec.gwpSet(), resolved.values());
        Breakdown breakdown = new Breakdown(shown(result.contributions().byStage()),
                shown(result.contributions().byGas()), shown(result.contributions().byProcess()),
                shown(result.contributions().byInput()));
        String declaredUnit = ActivityUnits.plain(template.declaredUnit().amount()).toPlainString() + " "
                + template.declaredUnit().unit();
        return new Calculation(template.product(), declaredUnit, shown(result.total()), breakdown, lineage,
                result.inputsHash(), result.resultHash());
    }

    /** Processes from the replica: the pinned version, or the newest; remembers each one used for the lineage. */
    private static ProductSystem.Resolver resolver(FactorReleasePublished release,
                                                   Map<String, ReplicatedInventory> used) {
        Map<String, Boolean> prefixes = new HashMap<>();
        return new ProductSystem.Resolver() {
            @Override
            public Optional<ScopedProcess> process(String key, Integer version) {
                return ReplicatedInventory.resolve(PROCESS, key, version).map(row -> {
                    used.put(key, row);
                    return new ScopedProcess(EventJson.fromJson(row.model, ProcessModel.class), row.version);
                });
            }

            @Override
            public boolean hasFactorWithPrefix(String releaseName, String prefix) {
                return prefixes.computeIfAbsent(prefix, p -> release.factors().stream()
                        .anyMatch(factor -> factor.key().startsWith(p)));
            }
        };
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
