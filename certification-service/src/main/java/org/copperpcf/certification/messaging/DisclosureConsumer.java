package org.copperpcf.certification.messaging;

import org.copperpcf.certification.service.DisclosureReplicaService;
import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Feeds the disclosure replica (for evidence sampling) from {@code pcf.disclosures.v1} in certification-service's own
 * consumer group, like {@link FootprintConsumer}: applied once through the kit's inbox, retried, dead-lettered.
 */
@ApplicationScoped
public class DisclosureConsumer {
    static final String CONSUMER = "certification-service.disclosures";

    private final EventInbox inbox;
    private final DisclosureReplicaService replica;

    public DisclosureConsumer(EventInbox inbox, DisclosureReplicaService replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("disclosures")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, replica::apply);
    }
}
