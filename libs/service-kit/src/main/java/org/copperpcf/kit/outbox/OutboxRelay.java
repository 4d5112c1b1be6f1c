package org.copperpcf.kit.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.copperpcf.kit.config.KitConfig;
import org.copperpcf.kit.work.Rounds;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sends outbox rows to Kafka in {@code seq} order, keyed by aggregate id, and marks them only after the broker has
 * acknowledged them. A failed round rolls back, so its rows (acknowledged ones included) go again: at-least-once,
 * and consumers deduplicate by event id. One relay at a time holds a transaction-scoped advisory lock, which keeps
 * the order strict when several instances run; rows are also locked with SKIP LOCKED.
 *
 * <p>Rounds run on one thread of their own: right after a transaction that added events commits, and on a timer
 * for whatever a failed round left behind.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final long ADVISORY_LOCK_KEY = 0x6f7574626f78L;

    private final OutboxSender sender;
    private final OutboxStatus status;
    private final KitConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final Rounds rounds = new Rounds("outbox-relay", this::relayPending);

    public OutboxRelay(OutboxSender sender, OutboxStatus status, KitConfig config,
                       TransactionSynchronizationRegistry transactions) {
        this.sender = sender;
        this.status = status;
        this.config = config;
        this.transactions = transactions;
    }

    @Scheduled(every = "${kit.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        wakeUp();
    }

    /** Queues a round (at most one waits at a time). */
    public void wakeUp() {
        rounds.wakeUp();
    }

    void wakeUpAfterCommit() {
        rounds.wakeUpAfterCommit(transactions);
    }

    private void relayPending() {
        try {
            OutboxEvent.Batch sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                status.recordSent(sent.events().size());
            } while (sent.more());
            if (status.recordRecovery()) {
                Log.info("Outbox relay: the broker acknowledges again; pending events are being sent");
            }
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            if (status.recordFailure(reason)) {
                Log.warnf("Outbox relay: events wait in the outbox until the broker acknowledges (%s)", reason);
            }
        } finally {
            recordBacklog();
        }
    }

    private OutboxEvent.Batch relayBatch() throws Exception {
        if (!OutboxEvent.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)", Boolean.class)
                .setParameter(1, ADVISORY_LOCK_KEY).getSingleResult().equals(Boolean.TRUE)) {
            return new OutboxEvent.Batch(List.of(), false);
        }
        OutboxEvent.Batch locked = OutboxEvent.lockPendingBatch(config.outbox().batchSize(),
                config.outbox().batchBytes());
        List<OutboxEvent> batch = locked.events();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            Future<RecordMetadata> ack = sender.send(row);
            if (ack.isDone()) {
                ack.get(); // fails at once when the broker is unreachable: no point sending the rest
            }
            acks.add(ack);
        }
        long deadline = System.nanoTime() + config.outbox().ackTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (!batch.isEmpty()) {
            OutboxEvent.getEntityManager()
                    .createNativeQuery("update outbox_event set published_at = ?1 where seq = any(cast(?2 as bigint[]))")
                    .setParameter(1, Instant.now())
                    .setParameter(2, batch.stream().map(row -> row.seq).toArray(Long[]::new)).executeUpdate();
        }
        return locked;
    }

    private void recordBacklog() {
        try {
            Object[] backlog = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.getEntityManager()
                    .createQuery("select count(e), min(e.createdAt) from OutboxEvent e where e.publishedAt is null",
                            Object[].class)
                    .getSingleResult());
            status.recordBacklog((Long) backlog[0], (Instant) backlog[1]);
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay: cannot read the backlog (%s)", e.getMessage());
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        rounds.stop(10, TimeUnit.SECONDS);
    }
}
