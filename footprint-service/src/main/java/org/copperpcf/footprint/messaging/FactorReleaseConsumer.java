package org.copperpcf.footprint.messaging;

import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.footprint.service.FactorReplicaService;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Feeds the factor-release replica. Each attempt is a fresh transaction; a record that is not a readable event is
 * not retried and goes to the dead-letter topic, and so does one that still fails after the retries.
 */
@ApplicationScoped
public class FactorReleaseConsumer {
    static final String CONSUMER = "footprint-service.factor-releases";

    private final EventInbox inbox;
    private final FactorReplicaService replica;

    public FactorReleaseConsumer(EventInbox inbox, FactorReplicaService replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("factor-releases")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, replica::apply);
    }
}
