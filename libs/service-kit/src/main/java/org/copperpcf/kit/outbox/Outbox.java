package org.copperpcf.kit.outbox;

import java.time.Instant;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.Topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Where services put the events they publish. The row joins the caller's transaction, so the event exists exactly
 * when the state change it announces was committed; the {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final OutboxRelay relay;

    public Outbox(OutboxRelay relay) {
        this.relay = relay;
    }

    /** Adds {@code event} for {@code topic}, keyed by the event's subject (the aggregate id). */
    @Transactional(TxType.MANDATORY)
    public void add(Topic topic, CloudEvent event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new IllegalArgumentException("an outbox event needs the aggregate id as its subject");
        }
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = topic.name();
        row.aggregateId = event.subject();
        row.eventType = event.type();
        row.envelope = EventJson.write(event);
        row.createdAt = Instant.now();
        row.persist();
        relay.wakeUpAfterCommit();
    }
}
