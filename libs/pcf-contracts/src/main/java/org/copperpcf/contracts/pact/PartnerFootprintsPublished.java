package org.copperpcf.contracts.pact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner's PACT host announced new or changed footprints: footprint-service received a PACT {@code PublishedEvent}
 * on its {@code /3/events} (or {@code /2/events}) from an authenticated PACT client and passes it on, so that
 * supplier-service pulls those footprints from the supplier's host it knows by {@code source}. A notification, not
 * state: the topic is not compacted, and a consumer that misses one catches up on its next scheduled pull.
 *
 * @param eventId    the PACT CloudEvent's {@code id} (any string; PACT does not require a UUID)
 * @param source     the CloudEvent's {@code source}: the announcing host's URL as it sent it
 * @param clientId   the PACT client (registered at footprint-service) whose token authenticated the event
 * @param apiVersion 3 or 2: the PACT API version of the endpoint the event arrived at
 * @param pfIds      the announced footprint ids
 * @param receivedAt when footprint-service accepted the event
 */
public record PartnerFootprintsPublished(String eventId, String source, String clientId, int apiVersion,
                                         List<UUID> pfIds, Instant receivedAt) {
}
