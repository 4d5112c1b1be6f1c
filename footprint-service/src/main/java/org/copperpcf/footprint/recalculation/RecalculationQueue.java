package org.copperpcf.footprint.recalculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.copperpcf.contracts.factor.FactorReleasePublished.GwpSet;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.footprint.calculation.ReplicaReader;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.footprint.replica.ReplicaRebuildFlag;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Turns replica changes into recalculation requests through the dependency index, in the transaction of the change:
 * a process or template version → the footprints built on that key; supplier data → the footprints using that
 * supplier; a factor release that becomes the newest → the footprints following {@code latest} that use a factor
 * (or a newest-year series, or a GWP set) whose value the release changed. Nothing else is touched. While the
 * replicas are being rebuilt nothing is scheduled: the operator recalculates once the rebuild is done.
 */
@ApplicationScoped
public class RecalculationQueue {
    private static final String ENQUEUE = "insert into recalculation_request (footprint_id, causes, requested_at) "
            + "select distinct d.footprint_id, array[cast(?1 as text)], now() from footprint_dependency d %s "
            + "on conflict (footprint_id) do update set causes = "
            + "(recalculation_request.causes || excluded.causes)[1:20]";

    /**
     * The condition on {@code footprint_dependency d} for the footprints following {@code latest} that a release
     * changing the factors (text[] parameter {@code factors}) and GWP sets ({@code gwpSets}) affects: a factor used, a
     * newest-year series a changed key belongs to, or a GWP set used.
     */
    static String releaseDependents(int factors, int gwpSets) {
        return ("join footprint f on f.id = d.footprint_id where f.factor_release = 'latest' "
                + "and ((d.kind = 'factor' and d.key = any(cast(?%1$d as text[]))) "
                + "or (d.kind = 'factor_prefix' and exists (select 1 from unnest(cast(?%1$d as text[])) k "
                + "where starts_with(k, d.key))) or (d.kind = 'gwp_set' and d.key = any(cast(?%2$d as text[]))))")
                .formatted(factors, gwpSets);
    }

    private final ReplicaReader replicas;
    private final RecalculationWorker worker;
    private final ReplicaRebuildFlag rebuild;

    public RecalculationQueue(ReplicaReader replicas, RecalculationWorker worker, ReplicaRebuildFlag rebuild) {
        this.replicas = replicas;
        this.worker = worker;
        this.rebuild = rebuild;
    }

    @Transactional(TxType.MANDATORY)
    void onReplicaChange(@Observes ReplicaChanged change) {
        if (rebuild.raised()) {
            return;
        }
        int requested = switch (change.kind()) {
            case "process", "template" -> enqueue(change.kind() + " " + change.key() + " has a new version",
                    "where d.kind = ?2 and d.key = ?3", change.kind(), change.key());
            case ReplicaChanged.DISCLOSURE, ReplicaChanged.SUPPLIER_FOOTPRINT -> enqueue("supplier " + change.supplierId()
                    + ": " + change.kind().replace('_', ' ') + " " + change.key() + " changed",
                    "where d.kind = 'supplier' and d.key = ?2", change.supplierId().toString());
            case ReplicaChanged.FACTOR_RELEASE -> releaseArrived(UUID.fromString(change.key()));
            default -> 0;
        };
        if (requested > 0) {
            Log.infof("Recalculation: %d footprint(s) scheduled after %s %s", requested, change.kind(), change.key());
            worker.wakeUpAfterCommit();
        }
    }

    private int releaseArrived(UUID releaseId) {
        List<UUID> newestFirst = Panache.getEntityManager().createQuery("select r.releaseId from "
                + "ReplicatedFactorRelease r where r.content is not null order by r.publishedAt desc, r.name", UUID.class)
                .setMaxResults(2).getResultList();
        if (newestFirst.size() < 2 || !newestFirst.get(0).equals(releaseId)) {
            return 0;
        }
        ReplicaReader.Release fresh = replicas.release(newestFirst.get(0));
        ReplicaReader.Release previous = replicas.release(newestFirst.get(1));
        String[] factors = changedFactors(previous.factors(), fresh.factors()).toArray(String[]::new);
        String[] gwpSets = changedGwpSets(previous, fresh).toArray(String[]::new);
        if (factors.length == 0 && gwpSets.length == 0) {
            return 0;
        }
        return enqueue("factor release " + fresh.name() + " v" + fresh.version() + " replaces " + previous.name()
                + " as latest", releaseDependents(2, 3), factors, gwpSets);
    }

    /** Keys added, removed, or whose unit or values differ. */
    static Set<String> changedFactors(Map<String, ReleasedFactor> before, Map<String, ReleasedFactor> after) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, ReleasedFactor> entry : after.entrySet()) {
            ReleasedFactor old = before.get(entry.getKey());
            ReleasedFactor now = entry.getValue();
            if (old == null || !Objects.equals(old.unit(), now.unit()) || !sameNumber(old, now)) {
                changed.add(entry.getKey());
            }
        }
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(changed::add);
        return changed;
    }

    private static boolean sameNumber(ReleasedFactor a, ReleasedFactor b) {
        boolean sameCo2e = a.co2ePerUnit() == null ? b.co2ePerUnit() == null
                : b.co2ePerUnit() != null && a.co2ePerUnit().compareTo(b.co2ePerUnit()) == 0;
        return sameCo2e && Objects.equals(normalised(a.gases()), normalised(b.gases()))
                && Objects.equals(a.uncertaintyGsd() == null ? null : a.uncertaintyGsd().stripTrailingZeros(),
                b.uncertaintyGsd() == null ? null : b.uncertaintyGsd().stripTrailingZeros());
    }

    private static Map<String, BigDecimal> normalised(Map<String, BigDecimal> gases) {
        if (gases == null) {
            return Map.of();
        }
        TreeMap<String, BigDecimal> copy = new TreeMap<>();
        gases.forEach((gas, value) -> copy.put(gas, value.stripTrailingZeros()));
        return copy;
    }

    static Set<String> changedGwpSets(ReplicaReader.Release before, ReplicaReader.Release after) {
        Set<String> changed = new TreeSet<>();
        List<GwpSet> old = before.content().gwpSets() == null ? List.of() : before.content().gwpSets();
        for (GwpSet set : after.content().gwpSets() == null ? List.<GwpSet>of() : after.content().gwpSets()) {
            GwpSet previous = old.stream().filter(s -> s.name().equals(set.name())).findFirst().orElse(null);
            if (previous == null || !normalised(previous.gwp100()).equals(normalised(set.gwp100()))) {
                changed.add(set.name());
            }
        }
        return changed;
    }

    private static int enqueue(String cause, String where, Object... parameters) {
        var query = Panache.getEntityManager().createNativeQuery(ENQUEUE.formatted(where)).setParameter(1, cause);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        return query.executeUpdate();
    }
}
