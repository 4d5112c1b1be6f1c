package org.copperpcf.kit.outbox;

import java.time.Instant;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.Topic;
import org.copperpcf.kit.config.KitConfig;
import org.copperpcf.kit.problem.ProblemException;

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
    private final KitConfig config;

    public Outbox(OutboxRelay relay, KitConfig config) {
        this.relay = relay;
        this.config = config;
    }

    /**
     * Adds {@code event} for {@code topic}, keyed by the event's subject (the aggregate id). An event over the
     * record limit is refused here, so that it fails the caller's transaction instead of blocking the relay.
     */
    @Transactional(TxType.MANDATORY)
    public void add(Topic topic, CloudEvent event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new IllegalArgumentException("an outbox event needs the aggregate id as its subject");
        }
        String envelope = EventJson.write(event);
        int bytes = envelope.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > config.outbox().maxEventBytes()) {
            throw new ProblemException(409, "EVENT_TOO_LARGE", "Event too large",
                    "the " + event.type() + " event would be " + bytes + " bytes, over the " + config.outbox().maxEventBytes()
                            + "-byte record limit; nothing was changed");
        }
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = topic.name();
        row.aggregateId = event.subject();
        row.eventType = event.type();
        row.envelope = envelope;
        row.createdAt = Instant.now();
        row.persist();
        relay.wakeUpAfterCommit();
    }
}
