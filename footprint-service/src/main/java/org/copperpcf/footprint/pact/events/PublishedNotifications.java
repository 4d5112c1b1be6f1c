package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Tells partners about our new footprint versions: for each partner whose settings ask for it, PublishedEvents
 * ({@code org.wbcsd.pact.ProductFootprint.PublishedEvent.3}) whose {@code pfIds} are the new versions' ids (each
 * version is a PACT ProductFootprint of its own), at most {@code footprint.pact-events.notifications.max-ids-per-event}
 * per event, as deliveries to {@code <eventsBaseUrl>/3/events}. A FootprintPublished event is handled once (by its
 * id in {@code processed_event}), so a replayed batch adds no second notification.
 */
@ApplicationScoped
public class PublishedNotifications {
    static final String CONSUMER = "footprint-service.pact-notifications";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A FootprintPublished event: its id and the new version's id. */
    public record NewVersion(UUID eventId, UUID versionId) {
    }

    private final PactPartnerService partners;
    private final PactDeliveries deliveries;
    private final PactEventSettings settings;

    public PublishedNotifications(PactPartnerService partners, PactDeliveries deliveries,
                                  PactEventSettings settings) {
        this.partners = partners;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    /** Adds the notifications for {@code versions}; the number of events added (0 when nobody asked for them). */
    @Transactional
    public int announce(List<NewVersion> versions) {
        List<PactPartnerSettings> notified = partners.notified();
        if (notified.isEmpty() || versions.isEmpty()) {
            return 0;
        }
        Set<UUID> fresh = new HashSet<>(firstSeen(versions));
        List<UUID> pfIds = versions.stream().filter(v -> fresh.remove(v.eventId())).map(NewVersion::versionId)
                .distinct().toList();
        int events = 0;
        for (PactPartnerSettings partner : notified) {
            URI target = ReplyUrls.of(partner.eventsBaseUrl, 3).orElseThrow();
            for (int from = 0; from < pfIds.size(); from += settings.maxIdsPerEvent()) {
                ObjectNode data = JSON.createObjectNode();
                ArrayNode ids = data.putArray("pfIds");
                pfIds.subList(from, Math.min(pfIds.size(), from + settings.maxIdsPerEvent()))
                        .forEach(id -> ids.add(id.toString()));
                deliveries.enqueue(target, Optional.of(partner.clientId),
                        deliveries.event(PactEventKind.PUBLISHED, 3, data));
                events++;
            }
        }
        return events;
    }

    /** Records the events as handled; returns those not handled before. */
    @SuppressWarnings("unchecked")
    private static List<UUID> firstSeen(List<NewVersion> versions) {
        UUID[] ids = versions.stream().map(NewVersion::eventId).distinct().toArray(UUID[]::new);
        return new ArrayList<>(Panache.getEntityManager().createNativeQuery("insert into processed_event (consumer, "
                        + "event_id) select ?1, unnest(cast(?2 as uuid[])) on conflict do nothing returning event_id",
                        UUID.class)
                .setParameter(1, CONSUMER).setParameter(2, ids).getResultList());
    }
}
