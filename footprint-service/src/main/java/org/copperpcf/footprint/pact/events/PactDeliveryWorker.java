package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.copperpcf.kit.pact.PactPartner;
import org.copperpcf.kit.work.Rounds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sends due deliveries ({@code pact_delivery}), one transaction each: lock the oldest due row (rows another instance
 * holds are skipped), POST its event, and record the outcome in the same transaction — delivered on a 2xx;
 * otherwise one more attempt, the status and error, and the next attempt after the back-off
 * ({@link PactEventSettings#backoff}), or given up when that would fall after the row's give-up time. All state is
 * in the table, so a restart picks up where the last round stopped. A delivery marked delivered is never sent again;
 * one whose POST succeeded but whose transaction then failed to commit is sent again (at least once: the event keeps
 * its id, so the receiver can tell). Rounds run on a thread of their own, right after a transaction that added a
 * delivery commits and on a timer ({@code footprint.pact-events.deliveries.interval}) for retries.
 */
@ApplicationScoped
public class PactDeliveryWorker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnerClients clients;
    private final PactEventSettings settings;
    private final TransactionSynchronizationRegistry transactions;
    private final Rounds rounds;

    public PactDeliveryWorker(PartnerClients clients, PactEventSettings settings,
                              TransactionSynchronizationRegistry transactions) {
        this.clients = clients;
        this.settings = settings;
        this.transactions = transactions;
        // a delivery's transaction spans the partner's answer (and perhaps a token request before it)
        this.rounds = Rounds.oneAtATime("pact-deliveries", (int) settings.timeout().multipliedBy(3).toSeconds() + 30,
                this::sendOne);
    }

    @Scheduled(every = "${footprint.pact-events.deliveries.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        rounds.wakeUp();
    }

    void wakeUpAfterCommit() {
        rounds.wakeUpAfterCommit(transactions);
    }

    /** Sends the oldest due delivery, if any; false when none is due. */
    private boolean sendOne() {
        @SuppressWarnings("unchecked")
        List<PactDelivery> due = Panache.getEntityManager().createNativeQuery("select * from pact_delivery "
                        + "where delivered_at is null and not gave_up and next_attempt_at <= ?1 "
                        + "order by next_attempt_at, id limit 1 for update skip locked", PactDelivery.class)
                .setParameter(1, Instant.now()).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        PactDelivery delivery = due.getFirst();
        Instant attemptedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        delivery.attempts++;
        delivery.lastAttemptAt = attemptedAt;
        try {
            URI target = URI.create(delivery.targetUrl);
            Optional<PactPartnerSettings> partner = Optional.ofNullable(delivery.clientId)
                    .flatMap(id -> PactPartnerSettings.<PactPartnerSettings>findByIdOptional(id));
            PactPartner client = clients.forDelivery(target, partner);
            JsonNode event = JSON.readTree(delivery.body);
            client.postEvent(target, event);
            delivery.deliveredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            delivery.lastStatus = 200;
            delivery.lastError = null;
            Log.infof("PACT deliveries: %s %s delivered to %s (attempt %d)", delivery.eventType, delivery.eventId,
                    delivery.targetUrl, delivery.attempts);
        } catch (PactPartner.PartnerException e) {
            failed(delivery, e.status(), e.getMessage());
        } catch (Exception e) {
            failed(delivery, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return true;
    }

    private void failed(PactDelivery delivery, int status, String error) {
        delivery.lastStatus = status == 0 ? null : status;
        delivery.lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        Instant next = Instant.now().plus(settings.backoff(delivery.attempts));
        if (next.isAfter(delivery.giveUpAt)) {
            delivery.gaveUp = true;
            Log.warnf("PACT deliveries: gave up %s %s to %s after %d attempt(s): %s", delivery.eventType,
                    delivery.eventId, delivery.targetUrl, delivery.attempts, delivery.lastError);
        } else {
            delivery.nextAttemptAt = next;
            Log.infof("PACT deliveries: %s %s to %s failed (attempt %d, next at %s): %s", delivery.eventType,
                    delivery.eventId, delivery.targetUrl, delivery.attempts, next, delivery.lastError);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        rounds.stop(10, TimeUnit.SECONDS);
    }
}
