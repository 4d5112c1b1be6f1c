package org.copperpcf.footprint.recalculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.calculation.ReplicaReader;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.units.ActivityUnits;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Which footprints a candidate factor release would change, and by how much, before anyone publishes it: the same
 * dependency-index selection the recalculation queue uses when a release arrives, each footprint computed with the
 * candidate, nothing stored. The candidate is a release already in the replica, or the newest release with some
 * factors replaced or added (a draft's changes).
 */
@ApplicationScoped
@Transactional(value = TxType.SUPPORTS, dontRollbackOn = ProblemException.class)
public class ImpactPreview {
    private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);

    private final ReplicaReader replicas;
    private final FootprintCalculator calculator;

    public ImpactPreview(ReplicaReader replicas, FootprintCalculator calculator) {
        this.replicas = replicas;
        this.calculator = calculator;
    }

    /** One affected footprint: its current total and the total under the candidate, per declared unit. */
    public record Row(UUID footprintId, int version, String product, String template, String geography,
                      String declaredUnit, BigDecimal currentKgCo2e, BigDecimal previewKgCo2e, BigDecimal difference,
                      BigDecimal percent, String problem) {
    }

    /**
     * The outcome.
     *
     * @param affected footprints following {@code latest} that use a changed factor or GWP set
     * @param changed  of those, the ones whose total would change
     */
    public record Report(String baseRelease, String candidate, List<String> changedFactors, List<String> changedGwpSets,
                         int affected, int changed, List<Row> footprints) {
    }

    /**
     * @param release a release name in the replica, or null to apply {@code factors} to the newest release
     * @param factors factors that replace (by key) or join the newest release's
     * @param limit   how many rows to return, largest relative change first
     */
    public Report preview(String release, List<ReleasedFactor> factors, int limit) {
        ReplicaReader.Release base = replicas.release("latest").orElseThrow(() -> ProblemException.conflict(
                "NO_RELEASE", "no factor release has reached footprint-service yet"));
        ReplicaReader.Release candidate = release != null
                ? replicas.release(release).orElseThrow(() -> ProblemException.invalid("release", "no factor release '"
                        + release + "' has reached footprint-service"))
                : amended(base, factors);
        List<String> changedFactors = List.copyOf(RecalculationQueue.changedFactors(base.factors(),
                candidate.factors()));
        List<String> changedGwpSets = List.copyOf(RecalculationQueue.changedGwpSets(base, candidate));
        @SuppressWarnings("unchecked")
        List<UUID> ids = Panache.getEntityManager().createNativeQuery("select distinct d.footprint_id from "
                        + "footprint_dependency d " + RecalculationQueue.releaseDependents(1, 2), UUID.class)
                .setParameter(1, changedFactors.toArray(String[]::new))
                .setParameter(2, changedGwpSets.toArray(String[]::new)).getResultList();
        List<Row> rows = new ArrayList<>();
        for (UUID id : ids) {
            rows.add(row(id, candidate));
        }
        int changed = (int) rows.stream().filter(row -> row.difference() != null && row.difference().signum() != 0)
                .count();
        rows.sort(Comparator.comparing((Row row) -> row.percent() == null ? BigDecimal.valueOf(Long.MAX_VALUE)
                : row.percent().abs()).reversed().thenComparing(row -> row.footprintId().toString()));
        return new Report(base.name(), candidate.name(), changedFactors, changedGwpSets, rows.size(), changed,
                List.copyOf(rows.subList(0, Math.min(limit, rows.size()))));
    }

    private Row row(UUID id, ReplicaReader.Release candidate) {
        Footprint footprint = Footprint.findById(id);
        FootprintVersion current = FootprintVersion.current(id).orElseThrow();
        try {
            FootprintCalculator.Calculation preview = calculator.preview(FootprintService.specificationOf(footprint),
                    candidate);
            BigDecimal difference = preview.total().subtract(current.total);
            BigDecimal percent = current.total.signum() == 0 ? null : ActivityUnits.plain(difference
                    .multiply(BigDecimal.valueOf(100)).divide(current.total, SHOWN).setScale(2, RoundingMode.HALF_EVEN));
            return new Row(id, current.version, current.product, footprint.templateKey, footprint.geography,
                    current.declaredUnit, current.total, preview.total(), ActivityUnits.plain(difference), percent,
                    null);
        } catch (ProblemException refused) {
            return new Row(id, current.version, current.product, footprint.templateKey, footprint.geography,
                    current.declaredUnit, current.total, null, null, null, refused.getMessage());
        }
    }

    /** The newest release with {@code factors} replacing or joining its own, as a release that exists nowhere else. */
    private static ReplicaReader.Release amended(ReplicaReader.Release base, List<ReleasedFactor> factors) {
        if (factors == null || factors.isEmpty()) {
            throw ProblemException.invalid("factors", "name a release, or give the factors a draft changes");
        }
        Map<String, ReleasedFactor> byKey = new HashMap<>(base.factors());
        for (int i = 0; i < factors.size(); i++) {
            ReleasedFactor factor = factors.get(i);
            if (factor == null || factor.key() == null || factor.unit() == null
                    || (factor.co2ePerUnit() == null && (factor.gases() == null || factor.gases().isEmpty()))) {
                throw ProblemException.invalid("factors[" + i + "]", "key, unit and co2ePerUnit (or gases) are required");
            }
            if (!ActivityUnits.symbols().contains(factor.unit())) {
                throw ProblemException.invalid("factors[" + i + "].unit", "unknown unit '" + factor.unit() + "'");
            }
            byKey.put(factor.key(), factor);
        }
        FactorReleasePublished content = base.content();
        String name = base.name() + "+preview";
        FactorReleasePublished amended = new FactorReleasePublished(UUID.nameUUIDFromBytes(name.getBytes(
                StandardCharsets.UTF_8)), name, content.version(), content.publishedAt(),
                List.copyOf(byKey.values()), content.description(), content.gwpSets());
        return new ReplicaReader.Release(amended.releaseId(), name, amended.version(), amended, Map.copyOf(byKey));
    }
}
