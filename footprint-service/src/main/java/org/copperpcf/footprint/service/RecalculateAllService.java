package org.copperpcf.footprint.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.footprint.replica.ReplicaRebuildFlag;
import org.copperpcf.kit.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Recalculates every footprint from the current replicas, one transaction each, as the recalculation worker does
 * for one: a changed result becomes the next version, an unchanged one keeps the current version, a refused one
 * keeps it too and records why. Used after a replica rebuild to check (and apply) what the rebuilt replicas give.
 */
@ApplicationScoped
public class RecalculateAllService {
    private final FootprintService footprints;
    private final ReplicaRebuildFlag rebuild;

    public RecalculateAllService(FootprintService footprints, ReplicaRebuildFlag rebuild) {
        this.footprints = footprints;
        this.rebuild = rebuild;
    }

    /** What a run did: counts, and the footprints that failed with the reason. */
    public record Summary(int unchanged, int changed, int failed, List<Failure> failures) {
    }

    public record Failure(UUID footprintId, String problem) {
    }

    private enum Outcome { UNCHANGED, CHANGED, REFUSED }

    public Summary recalculateAll(String user) {
        if (rebuild.raised()) {
            throw ProblemException.conflict("REPLICAS_REBUILDING", "the replicas are being rebuilt from the topics; "
                    + "recalculate once GET /api/v1/replica/rebuild reports done");
        }
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select f.id from Footprint f order by f.createdAt, f.id", UUID.class).getResultList());
        int unchanged = 0;
        int changed = 0;
        List<Failure> failures = new ArrayList<>();
        for (UUID id : ids) {
            try {
                String[] refusal = new String[1];
                Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
                    try {
                        return footprints.recalculate(id, "recalculated (all) by " + user).changed()
                                ? Outcome.CHANGED : Outcome.UNCHANGED;
                    } catch (ProblemException refused) {
                        footprints.recordFailure(id, refused.getMessage());
                        refusal[0] = refused.getMessage();
                        return Outcome.REFUSED;
                    }
                });
                switch (outcome) {
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                    case REFUSED -> failures.add(new Failure(id, refusal[0]));
                }
            } catch (RuntimeException e) {
                Log.warnf("Recalculation of footprint %s failed, current version kept: %s", id, e.getMessage());
                failures.add(new Failure(id, String.valueOf(e.getMessage())));
            }
        }
        Log.infof("Recalculated all %d footprints for %s: %d unchanged, %d changed, %d failed", ids.size(), user,
                unchanged, changed, failures.size());
        return new Summary(unchanged, changed, failures.size(), failures);
    }
}
