package org.copperpcf.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
 * when the state change it announces was committed; the {@link OutboxRelay} sends it afterwards. Rows are written
 * with a plain insert (no entity in the persistence context), so a batch of events costs one statement.
 */
@ApplicationScoped
public class Outbox {
    /** Rows in the order given, so their {@code seq} (the relay's order) follows it. */
    private static final String INSERT = "insert into outbox_event (id, topic, aggregate_id, event_type, envelope, "
            + "created_at) select e.id, ?1, e.aggregate_id, e.event_type, cast(e.envelope as jsonb), ?2 "
            + "from unnest(cast(?3 as uuid[]), cast(?4 as text[]), cast(?5 as text[]), cast(?6 as text[])) "
            + "with ordinality as e(id, aggregate_id, event_type, envelope, position) order by e.position";

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
        add(topic, List.of(event));
    }

    /**
     * Adds {@code events} for {@code topic} in this order, with one statement however many there are (as
     * {@link #add(Topic, CloudEvent)} does for each). If one is over the record limit, none is added.
     */
    @Transactional(TxType.MANDATORY)
    public void add(Topic topic, List<CloudEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[events.size()];
        String[] aggregateIds = new String[events.size()];
        String[] types = new String[events.size()];
        String[] envelopes = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            CloudEvent event = events.get(i);
            if (event.subject() == null || event.subject().isBlank()) {
                throw new IllegalArgumentException("an outbox event needs the aggregate id as its subject");
            }
            String envelope = EventJson.write(event);
            int bytes = envelope.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > config.outbox().maxEventBytes()) {
                throw new ProblemException(409, "EVENT_TOO_LARGE", "Event too large",
                        "the " + event.type() + " event would be " + bytes + " bytes, over the "
                                + config.outbox().maxEventBytes() + "-byte record limit; nothing was changed");
            }
            ids[i] = event.id();
            aggregateIds[i] = event.subject();
            types[i] = event.type();
            envelopes[i] = envelope;
        }
        OutboxEvent.getEntityManager().createNativeQuery(INSERT)
                .setParameter(1, topic.name()).setParameter(2, Instant.now()).setParameter(3, ids)
                .setParameter(4, aggregateIds).setParameter(5, types).setParameter(6, envelopes)
                .executeUpdate();
        relay.wakeUpAfterCommit();
    }
}
