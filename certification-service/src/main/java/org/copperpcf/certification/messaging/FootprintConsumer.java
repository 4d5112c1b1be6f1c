package org.copperpcf.certification.messaging;

import java.util.List;

import org.copperpcf.certification.service.FootprintReplicaService;
import org.copperpcf.contracts.Topics;
import org.copperpcf.kit.messaging.EventInbox;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Feeds the footprint replica from {@code pcf.footprints.v1} in certification-service's own consumer group, a
 * poll's records per transaction: a recalculation wave publishes thousands of versions a second, and one
 * transaction per version made this replica the slowest reader of the wave (docs/performance.md). Each event is
 * applied once through the kit's inbox, a failed batch is retried whole, unreadable records are dead-lettered.
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
    @Retry(maxRetries = 5, delay = 200)
    @ExponentialBackoff
    public void onRecords(List<String> values) {
        int applied = inbox.receiveAll(CONSUMER, Topics.FOOTPRINTS.deadLetters().name(), values, replica::apply);
        Log.infof("Replica: %d of %d footprint event(s) applied", applied, values.size());
    }
}
