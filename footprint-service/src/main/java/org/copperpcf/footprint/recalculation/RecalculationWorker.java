package org.copperpcf.footprint.recalculation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.copperpcf.footprint.replica.ReplicaRebuildFlag;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.footprint.service.FootprintService.Request;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.work.Rounds;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Drains the recalculation requests in batches, each batch in one transaction: lock the oldest requests (skipping
 * rows another instance holds), recalculate the footprints ({@link FootprintService#recalculateAll}: a few
 * statements per batch), store the changed ones with their events, delete the requests. A footprint whose
 * specification no longer computes keeps its current version and records why. When a batch fails as a whole, its
 * footprints are retried one transaction each, so one bad row cannot block the rest. With
 * {@code footprint.recalculation.threads} above 1, that many rounds drain side by side (the rows they lock are
 * skipped by the others), so one calculates while another waits for the database. While the replicas are being
 * rebuilt no batch is taken; the requests wait. The check is repeated after the batch is locked: the rebuild empties
 * the replicas only after locking {@code recalculation_request} exclusively, so a batch that saw the flag down
 * finishes before the replicas are emptied.
 */
@ApplicationScoped
public class RecalculationWorker {
    private final FootprintService footprints;
    private final TransactionSynchronizationRegistry transactions;
    private final ReplicaRebuildFlag rebuild;
    private final int batchSize;
    private final List<Rounds> rounds;

    public RecalculationWorker(FootprintService footprints, TransactionSynchronizationRegistry transactions,
                               ReplicaRebuildFlag rebuild,
                               @ConfigProperty(name = "footprint.recalculation.batch-size", defaultValue = "200")
                               int batchSize,
                               @ConfigProperty(name = "footprint.recalculation.threads", defaultValue = "1")
                               int threads) {
        this.footprints = footprints;
        this.transactions = transactions;
        this.rebuild = rebuild;
        this.batchSize = batchSize;
        this.rounds = IntStream.rangeClosed(1, threads)
                .mapToObj(i -> new Rounds(threads == 1 ? "footprint-recalculation" : "footprint-recalculation-" + i,
                        this::drain))
                .toList();
    }

    @Scheduled(every = "${footprint.recalculation.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        rounds.forEach(Rounds::wakeUp);
    }

    void wakeUpAfterCommit() {
        rounds.forEach(round -> round.wakeUpAfterCommit(transactions));
    }

    private void drain() {
        try {
            int done;
            do {
                done = drainBatch();
            } while (done > 0);
        } catch (RuntimeException e) {
            Log.errorf(e, "Recalculation: a round stopped; the requests wait for the next one");
        }
    }

    private int drainBatch() {
        if (rebuild.raised()) {
            return 0;
        }
        List<Request> batch = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                batch.addAll(lockBatch(batchSize));
                if (rebuild.raised()) {
                    batch.clear();
                } else if (!batch.isEmpty()) {
                    FootprintService.BatchOutcome outcome = footprints.recalculateAll(batch);
                    delete(batch);
                    Log.debugf("Recalculation: %d new version(s), %d unchanged, %d refused", outcome.changed(),
                            outcome.unchanged(), outcome.refused());
                }
            });
        } catch (RuntimeException e) {
            if (batch.isEmpty()) {
                throw e;
            }
            Log.warnf("Recalculation: a batch of %d failed (%s); retrying one by one", batch.size(), e.getMessage());
            for (Request request : batch) {
                if (rebuild.raised()) {
                    break;
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        recalculate(request);
                        delete(List.of(request));
                    });
                } catch (RuntimeException single) {
                    Log.errorf(single, "Recalculation of footprint %s failed; the request stays", request.footprintId());
                }
            }
        }
        return batch.size();
    }

    private void recalculate(Request request) {
        try {
            footprints.recalculate(request.footprintId(), request.reason());
        } catch (ProblemException refused) {
            Log.warnf("Recalculation of footprint %s refused, current version kept: %s", request.footprintId(),
                    refused.getMessage());
            footprints.recordFailure(request.footprintId(), refused.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Request> lockBatch(int limit) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select footprint_id, "
                        + "array_to_string(causes, '; ') from recalculation_request order by requested_at, footprint_id "
                        + "limit ?1 for update skip locked", Object[].class)
                .setParameter(1, limit).getResultList();
        List<Request> requests = new ArrayList<>();
        rows.forEach(row -> requests.add(new Request((UUID) row[0], "recalculated: " + row[1])));
        return requests;
    }

    private static void delete(List<Request> requests) {
        Panache.getEntityManager().createNativeQuery("delete from recalculation_request where footprint_id = "
                        + "any(cast(?1 as uuid[]))")
                .setParameter(1, requests.stream().map(Request::footprintId).toArray(UUID[]::new)).executeUpdate();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        for (Rounds round : rounds) {
            round.stop(10, TimeUnit.SECONDS);
        }
    }
}
