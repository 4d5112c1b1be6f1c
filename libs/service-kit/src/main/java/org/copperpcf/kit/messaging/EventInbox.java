package org.copperpcf.kit.messaging;

import java.util.function.Consumer;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The idempotent receiving side: an event id is recorded in {@code processed_event} in the same transaction as the
 * change the handler makes, so a redelivered event (after a crash, a rebalance or a relay retry) changes nothing.
 */
@ApplicationScoped
public class EventInbox {

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
}
