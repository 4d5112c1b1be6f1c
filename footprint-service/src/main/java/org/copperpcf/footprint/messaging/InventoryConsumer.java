package org.copperpcf.footprint.messaging;

import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.footprint.service.InventoryReplicaService;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** Feeds the inventory replica, with the same retry and dead-letter handling as the factor-release consumer. */
@ApplicationScoped
public class InventoryConsumer {
    static final String CONSUMER = "footprint-service.inventories";

    private final EventInbox inbox;
    private final InventoryReplicaService replica;

    public InventoryConsumer(EventInbox inbox, InventoryReplicaService replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("inventories")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, replica::apply);
    }
}
