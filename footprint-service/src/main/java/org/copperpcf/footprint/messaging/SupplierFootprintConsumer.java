package org.copperpcf.footprint.messaging;

import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.footprint.service.SupplierFootprintReplicaService;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Feeds the supplier-footprint replica, like {@link DisclosureConsumer}: retried, deduplicated, dead-lettered. */
@ApplicationScoped
public class SupplierFootprintConsumer {
    static final String CONSUMER = "footprint-service.supplier-footprints";

    private final EventInbox inbox;
    private final SupplierFootprintReplicaService replica;

    public SupplierFootprintConsumer(EventInbox inbox, SupplierFootprintReplicaService replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("supplier-footprints")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, replica::apply);
    }
}
