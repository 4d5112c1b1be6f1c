package org.copperpcf.supplier.messaging;

import java.util.List;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.contracts.pact.PartnerFootprintsPublished;
import org.copperpcf.kit.messaging.EventInbox;
import org.copperpcf.supplier.PactConnection;
import org.copperpcf.supplier.service.PactPullService;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A partner's host announced footprints (a PACT PublishedEvent that footprint-service received): each connection whose
 * host is the event's {@code source} pulls exactly those ids. An unknown source or a disabled connection is logged and
 * ignored; a pull the partner fails is reported on the connection and not retried here, since the next scheduled pull
 * catches up. Deduplicated by the inbox, so a redelivered announcement pulls nothing twice.
 */
@ApplicationScoped
public class PartnerFootprintsConsumer {
    static final String CONSUMER = "supplier-service.pact-notifications";

    private final EventInbox inbox;
    private final PactPullService pulls;

    public PartnerFootprintsConsumer(EventInbox inbox, PactPullService pulls) {
        this.inbox = inbox;
        this.pulls = pulls;
    }

    @Incoming("pact-notifications")
    @Blocking(ordered = true)
    @Retry(maxRetries = 5, delay = 200, abortOn = InvalidEventException.class)
    @ExponentialBackoff
    public void onRecord(String value) {
        inbox.receive(CONSUMER, value, this::apply);
    }

    private void apply(CloudEvent event) {
        if (!event.is(EventTypes.PARTNER_FOOTPRINTS_PUBLISHED)) {
            Log.debugf("Event %s of type %s is no announcement of footprints; ignored", event.id(), event.type());
            return;
        }
        PartnerFootprintsPublished published = event.dataAs(EventTypes.PARTNER_FOOTPRINTS_PUBLISHED);
        List<PactConnection> connections = pulls.connectionsFor(published.source());
        if (connections.isEmpty()) {
            Log.infof("Event %s: footprints announced by %s, which is no supplier's registered PACT host; ignored",
                    event.id(), published.source());
        }
        for (PactConnection connection : connections) {
            if (connection.enabled) {
                pulls.pullIds(connection.supplierId, "event " + event.id(), published.pfIds());
            } else {
                Log.infof("Event %s: the PACT connection of supplier %s is disabled; announcement of %d footprints "
                        + "ignored", event.id(), connection.supplierId, published.pfIds().size());
            }
        }
    }
}
