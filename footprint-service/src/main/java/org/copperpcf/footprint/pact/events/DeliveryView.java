package org.copperpcf.footprint.pact.events;

import java.time.Instant;
import java.util.UUID;

/** A delivery as operations see it ({@code GET /api/v1/pact/deliveries}); the body is left out. */
public record DeliveryView(UUID id, String status, String targetUrl, String clientId, UUID eventId,
                           String eventType, int attempts, Instant createdAt, Instant nextAttemptAt,
                           Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt,
                           Instant giveUpAt) {

    static DeliveryView of(PactDelivery delivery) {
        PactDelivery.Status status = delivery.status();
        return new DeliveryView(delivery.id, status.name().toLowerCase(), delivery.targetUrl, delivery.clientId,
                delivery.eventId, delivery.eventType, delivery.attempts, delivery.createdAt,
                status == PactDelivery.Status.PENDING ? delivery.nextAttemptAt : null, delivery.lastAttemptAt,
                delivery.lastStatus, delivery.lastError, delivery.deliveredAt, delivery.giveUpAt);
    }
}
