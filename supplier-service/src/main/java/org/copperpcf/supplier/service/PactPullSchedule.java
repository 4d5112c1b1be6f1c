package org.copperpcf.supplier.service;

import java.time.Instant;
import java.util.List;

import org.copperpcf.supplier.PactConnection;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pulls every enabled connection whose own interval has passed. The tick ({@code supplier.pact-pull.every}) only looks;
 * {@code off} turns scheduled pulls off (tests do).
 */
@ApplicationScoped
public class PactPullSchedule {
    private final PactPullService pulls;

    public PactPullSchedule(PactPullService pulls) {
        this.pulls = pulls;
    }

    @Scheduled(every = "${supplier.pact-pull.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pullDue() {
        List<PactConnection> due = QuarkusTransaction.requiringNew().call(() -> PactConnection.due(Instant.now()));
        for (PactConnection connection : due) {
            try {
                pulls.pullAll(connection.supplierId, PactPullService.SCHEDULE);
            } catch (RuntimeException e) {
                Log.errorf(e, "Scheduled PACT pull of supplier %s failed", connection.supplierId);
            }
        }
    }
}
