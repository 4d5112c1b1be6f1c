package org.copperpcf.kit.work;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Background rounds of one kind of work on a thread of their own: at most one round runs and at most one waits, so
 * any number of wake-ups while a round runs cost one more round. Work that follows a commit (events to relay,
 * footprints to recalculate) wakes the rounds only once the transaction that created it has committed.
 */
public final class Rounds {
    private final Runnable round;
    private final ExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();

    public Rounds(String name, Runnable round) {
        this.round = round;
        this.thread = Executors.newSingleThreadExecutor(runnable -> Thread.ofPlatform().daemon().name(name)
                .unstarted(runnable));
    }

    /**
     * Rounds that take one item after another, each in a transaction of its own, until {@code next} answers false
     * (nothing left). A failing item rolls back its own transaction and ends the round; the next round tries again.
     *
     * @param transactionTimeoutSeconds the timeout of each item's transaction; 0 for the default
     */
    public static Rounds oneAtATime(String name, int transactionTimeoutSeconds, Callable<Boolean> next) {
        return new Rounds(name, () -> {
            try {
                while (QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(next)) {
                    Log.tracef("%s: one item done; looking for the next", name);
                }
            } catch (RuntimeException e) {
                Log.errorf(e, "%s: a round stopped; the remaining items wait for the next one", name);
            }
        });
    }

    /** Queues a round unless one is already waiting. */
    public void wakeUp() {
        if (queued.compareAndSet(false, true) && !thread.isShutdown()) {
            thread.execute(() -> {
                queued.set(false);
                round.run();
            });
        }
    }

    /** Queues a round once the current transaction commits; nothing when it rolls back. */
    public void wakeUpAfterCommit(TransactionSynchronizationRegistry transactions) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome == Status.STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    /** Lets a running round finish (up to {@code timeout}) and starts no more. */
    public void stop(long timeout, TimeUnit unit) throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(timeout, unit);
    }
}
