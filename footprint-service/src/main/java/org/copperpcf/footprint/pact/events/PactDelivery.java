package org.copperpcf.footprint.pact.events;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for a partner's events endpoint: sent until it is answered 2xx, retried with back-off after each failure
 * until {@link #giveUpAt}. Its body (with the CloudEvent id) never changes, so every attempt repeats the same event
 * and the receiver can recognise a repetition.
 */
@Entity
@Table(name = "pact_delivery")
public class PactDelivery extends PanacheEntityBase {
    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    @Column(name = "target_url", nullable = false, updatable = false)
    public String targetUrl;

    /** The PACT client whose partner settings authenticate the delivery; null: sent anonymously. */
    @Column(name = "client_id", updatable = false)
    public String clientId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "give_up_at", nullable = false, updatable = false)
    public Instant giveUpAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "gave_up", nullable = false)
    public boolean gaveUp;

    public Status status() {
        return deliveredAt != null ? Status.DELIVERED : gaveUp ? Status.FAILED : Status.PENDING;
    }
}
