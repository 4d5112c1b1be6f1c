package org.copperpcf.inventory.messaging;

import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.inventory.replica.FactorCatalog;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Feeds the factor catalog exchanges are checked against. Each attempt is a fresh transaction; an unreadable record
 * is not retried and goes to the dead-letter topic, as does one that still fails after the retries.
 */
@ApplicationScoped
public class FactorReleaseConsumer {
    static final String CONSUMER = "inventory-service.factor-releases";

    private final EventInbox inbox;
    private final FactorCatalog catalog;

    public FactorReleaseConsumer(EventInbox inbox, FactorCatalog catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
    }

    @Incoming("factor-releases")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, catalog::apply);
    }
}
