package org.copperpcf.certification.messaging;

import org.copperpcf.certification.service.FootprintReplicaService;
import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Feeds the footprint replica from {@code pcf.footprints.v1} in certification-service's own consumer group: each
 * event applied once through the kit's inbox, transient failures retried, unreadable records dead-lettered.
 */
@ApplicationScoped
public class FootprintConsumer {
    static final String CONSUMER = "certification-service.footprints";

    private final EventInbox inbox;
    private final FootprintReplicaService replica;

    public FootprintConsumer(EventInbox inbox, FootprintReplicaService replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("footprints")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, replica::apply);
    }
}
