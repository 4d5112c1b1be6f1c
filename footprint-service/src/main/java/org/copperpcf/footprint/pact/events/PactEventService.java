package org.copperpcf.footprint.pact.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.pact.PartnerFootprintsPublished;
import org.copperpcf.kit.outbox.Outbox;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What a valid PACT event from an authenticated PACT client does. Each is recorded once per (client, source, id):
 * a repeated delivery of the same event does nothing more. A PublishedEvent is passed on as
 * {@code PartnerFootprintsPublished} through the outbox (topic {@code pcf.pact-notifications.v1}, keyed by source)
 * for supplier-service to pull the footprints; a RequestCreatedEvent is stored as a pending request, answered by
 * {@link PactRequestWorker} after the caller got its 200; RequestFulfilled and RequestRejected events are recorded
 * only (footprint-service sends no requests of its own: supplier-service pulls).
 */
@ApplicationScoped
public class PactEventService {
    static final String SOURCE = "/footprint-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final PactRequestWorker requests;

    public PactEventService(Outbox outbox, PactRequestWorker requests) {
        this.outbox = outbox;
        this.requests = requests;
    }

    /** Applies {@code event} from {@code clientId}; false when the same event had been received before. */
    @Transactional
    public boolean receive(String clientId, PactEvent event) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int inserted = Panache.getEntityManager().createNativeQuery("insert into pact_received_event (client_id, "
                        + "source, event_id, api_version, event_type, body, received_at) values (?1, ?2, ?3, ?4, ?5, "
                        + "cast(?6 as jsonb), ?7) on conflict do nothing")
                .setParameter(1, clientId).setParameter(2, event.source()).setParameter(3, event.id())
                .setParameter(4, event.apiVersion()).setParameter(5, event.kind().type(event.apiVersion()))
                .setParameter(6, event.body().toString()).setParameter(7, now).executeUpdate();
        if (inserted == 0) {
            Log.infof("PACT events: %s %s from client %s (source %s) was received before; ignored",
                    event.kind(), event.id(), clientId, event.source());
            return false;
        }
        Log.infof("PACT events: %s %s from client %s (source %s, v%d)", event.kind(), event.id(), clientId,
                event.source(), event.apiVersion());
        switch (event.kind()) {
            case PUBLISHED -> outbox.add(EventTypes.PARTNER_FOOTPRINTS_PUBLISHED.topic(), CloudEvent.create(
                    EventTypes.PARTNER_FOOTPRINTS_PUBLISHED, SOURCE, event.source(), new PartnerFootprintsPublished(
                            event.id(), event.source(), clientId, event.apiVersion(), event.pfIds(),
                            now.truncatedTo(ChronoUnit.MILLIS))));
            case REQUEST_CREATED -> {
                Panache.getEntityManager().createNativeQuery("insert into pact_request (id, client_id, source, "
                                + "event_id, api_version, criteria, reply_url, received_at, state) values (?1, ?2, ?3, "
                                + "?4, ?5, cast(?6 as jsonb), ?7, ?8, 'PENDING')")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, clientId).setParameter(3, event.source())
                        .setParameter(4, event.id()).setParameter(5, event.apiVersion())
                        .setParameter(6, JSON.valueToTree(event.criteria()).toString())
                        .setParameter(7, event.replyUrl().orElseThrow().toString()).setParameter(8, now)
                        .executeUpdate();
                requests.wakeUpAfterCommit();
            }
            case REQUEST_FULFILLED, REQUEST_REJECTED -> Log.infof("PACT events: answer to request %s recorded",
                    event.data().path("requestEventId").asText());
        }
        return true;
    }
}
