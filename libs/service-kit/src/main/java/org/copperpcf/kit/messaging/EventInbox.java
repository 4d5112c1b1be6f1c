package org.copperpcf.kit.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.InvalidEventException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The idempotent receiving side: an event id is recorded in {@code processed_event} in the same transaction as the
 * change the handler makes, so a redelivered event (after a crash, a rebalance or a relay retry) changes nothing.
 * {@link #receiveAll} does the same for a poll's records in one transaction, for consumers that must keep up with
 * recalculation waves of thousands of events a second.
 */
@ApplicationScoped
public class EventInbox {
    private final DeadLetters deadLetters;

    public EventInbox(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /**
     * Parses a record value and applies it once per {@code consumer}.
     *
     * @return true when the handler ran, false when the event had been processed before
     */
    @Transactional
    public boolean receive(String consumer, String recordValue, Consumer<CloudEvent> handler) {
        CloudEvent event = EventJson.read(recordValue);
        int inserted = Panache.getEntityManager()
                .createNativeQuery("insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate();
        if (inserted == 0) {
            Log.debugf("%s: event %s (%s) was processed before; ignored", consumer, event.id(), event.type());
            return false;
        }
        Log.debugf("%s: applying event %s (%s) of %s", consumer, event.id(), event.type(), event.subject());
        handler.accept(event);
        return true;
    }

    /**
     * Applies a batch of record values once per {@code consumer}, in one transaction and in record order: the ids
     * of the whole batch are recorded with one statement, and only events not processed before (nor earlier in the
     * same batch) reach the handler. A record that is not a CloudEvent, or whose data the handler rejects with
     * {@link InvalidEventException}, goes to {@code deadLetterTopic} and the rest of the batch goes on; the handler
     * must throw that exception before changing anything. Any other failure rolls the whole batch back, to be
     * retried.
     *
     * @return how many events the handler applied
     */
    @Transactional
    public int receiveAll(String consumer, String deadLetterTopic, List<String> recordValues,
                          Consumer<CloudEvent> handler) {
        List<CloudEvent> events = new ArrayList<>(recordValues.size());
        List<String> values = new ArrayList<>(recordValues.size());
        for (String value : recordValues) {
            try {
                events.add(EventJson.read(value));
                values.add(value);
            } catch (InvalidEventException e) {
                deadLetter(consumer, deadLetterTopic, value, e);
            }
        }
        if (events.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<UUID> inserted = Panache.getEntityManager().createNativeQuery("insert into processed_event (consumer, "
                        + "event_id) select ?1, id from unnest(cast(?2 as uuid[])) as id on conflict do nothing "
                        + "returning event_id", UUID.class)
                .setParameter(1, consumer)
                .setParameter(2, events.stream().map(CloudEvent::id).toArray(UUID[]::new))
                .getResultList();
        Set<UUID> fresh = new HashSet<>(inserted);
        int applied = 0;
        for (int i = 0; i < events.size(); i++) {
            CloudEvent event = events.get(i);
            if (!fresh.remove(event.id())) {
                Log.debugf("%s: event %s (%s) was processed before; ignored", consumer, event.id(), event.type());
                continue;
            }
            try {
                handler.accept(event);
                applied++;
            } catch (InvalidEventException e) {
                deadLetter(consumer, deadLetterTopic, values.get(i), e);
            }
        }
        return applied;
    }

    private void deadLetter(String consumer, String topic, String value, InvalidEventException problem) {
        Log.errorf("%s: unreadable record sent to %s: %s", consumer, topic, problem.getMessage());
        deadLetters.send(topic, value, consumer, problem.getMessage());
    }
}
