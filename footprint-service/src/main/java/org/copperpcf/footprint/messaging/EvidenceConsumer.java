package org.copperpcf.footprint.messaging;

import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.footprint.service.EvidenceReplicaService;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Collects the parts of accepted disclosures' evidence files, like {@link DisclosureConsumer}. */
@ApplicationScoped
public class EvidenceConsumer {
    static final String CONSUMER = "footprint-service.evidence";

    private final EventInbox inbox;
    private final EvidenceReplicaService replica;

    public EvidenceConsumer(EventInbox inbox, EvidenceReplicaService replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("evidence")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, replica::apply);
    }
}
