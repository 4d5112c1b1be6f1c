package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.copperpcf.footprint.pact.ProductFootprint;
import org.copperpcf.kit.work.Rounds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Answers the pending PACT requests ({@code pact_request}), one transaction each: lock the oldest (skipping rows
 * another instance holds), look the footprints up as {@code GET /<version>/footprints} would for the same criteria
 * and client ({@link PactRequestAnswers}), and add the answer as a delivery to the request's reply URL — a
 * RequestFulfilled with the footprints, or a RequestRejected ({@code NotFound}) when none match — in the same
 * transaction that marks the request answered. The requester is authenticated at with its partner settings'
 * credentials when it has some; otherwise the answer goes anonymously ({@link PartnerClients}).
 */
@ApplicationScoped
public class PactRequestWorker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, List<String>>> CRITERIA = new TypeReference<>() {
    };

    private final PactRequestAnswers answers;
    private final PactDeliveries deliveries;
    private final TransactionSynchronizationRegistry transactions;
    private final Rounds rounds = Rounds.oneAtATime("pact-requests", 0, this::answerOne);

    public PactRequestWorker(PactRequestAnswers answers, PactDeliveries deliveries,
                             TransactionSynchronizationRegistry transactions) {
        this.answers = answers;
        this.deliveries = deliveries;
        this.transactions = transactions;
    }

    @Scheduled(every = "${footprint.pact-events.requests.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        rounds.wakeUp();
    }

    void wakeUpAfterCommit() {
        rounds.wakeUpAfterCommit(transactions);
    }

    private boolean answerOne() throws Exception {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select id, client_id, event_id, "
                        + "api_version, cast(criteria as text), reply_url from pact_request where state = 'PENDING' "
                        + "order by received_at, id limit 1 for update skip locked", Object[].class)
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.getFirst();
        UUID id = (UUID) row[0];
        String clientId = (String) row[1];
        String requestEventId = (String) row[2];
        int apiVersion = ((Number) row[3]).intValue();
        Map<String, List<String>> criteria = JSON.readValue((String) row[4], CRITERIA);
        URI replyUrl = URI.create((String) row[5]);
        PactRequestAnswers.Answer answer = answers.answer(requestEventId, apiVersion, criteria);
        PactDelivery delivery = deliveries.enqueue(replyUrl, Optional.of(clientId),
                deliveries.event(answer.kind(), apiVersion, answer.data()));
        Panache.getEntityManager().createNativeQuery("update pact_request set state = ?2, resolved_at = ?3, "
                        + "footprint_ids = cast(?4 as uuid[]), delivery_id = ?5 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, answer.kind() == PactEventKind.REQUEST_FULFILLED ? "FULFILLED" : "REJECTED")
                .setParameter(3, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter(4, answer.footprints().stream().map(ProductFootprint::id).toArray(UUID[]::new))
                .setParameter(5, delivery.id).executeUpdate();
        Log.infof("PACT requests: request %s of client %s answered with %s (%d footprint(s)) to %s",
                requestEventId, clientId, answer.kind(), answer.footprints().size(), replyUrl);
        return true;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        rounds.stop(10, TimeUnit.SECONDS);
    }
}
