package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The events we send to partners, as rows of {@code pact_delivery}: added in the caller's transaction (so an answer
 * exists exactly when the request it answers is marked answered) and sent by {@link PactDeliveryWorker} once that
 * transaction has committed. Every event we send is a CloudEvent 1.0 with a new UUID {@code id}, our PACT host's
 * URL as {@code source} and the current {@code time}.
 */
@ApplicationScoped
public class PactDeliveries {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PactEventSettings settings;
    private final PactDeliveryWorker worker;

    public PactDeliveries(PactEventSettings settings, PactDeliveryWorker worker) {
        this.settings = settings;
        this.worker = worker;
    }

    /** A CloudEvent of {@code kind} in {@code apiVersion} with {@code data}, from our PACT host. */
    public ObjectNode event(PactEventKind kind, int apiVersion, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", settings.publicUrl().toString());
        event.put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        event.put("type", kind.type(apiVersion));
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /**
     * Adds {@code cloudEvent} for {@code target}, authenticated with the partner settings of {@code clientId}
     * (anonymous when there are none with credentials); due at once.
     */
    @Transactional(TxType.MANDATORY)
    public PactDelivery enqueue(URI target, Optional<String> clientId, ObjectNode cloudEvent) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PactDelivery delivery = new PactDelivery();
        delivery.id = UUID.randomUUID();
        delivery.targetUrl = target.toString();
        delivery.clientId = clientId.orElse(null);
        delivery.eventId = UUID.fromString(cloudEvent.path("id").asText());
        delivery.eventType = cloudEvent.path("type").asText();
        delivery.body = cloudEvent.toString();
        delivery.createdAt = now;
        delivery.giveUpAt = now.plus(settings.giveUpAfter());
        delivery.nextAttemptAt = now;
        delivery.persist();
        worker.wakeUpAfterCommit();
        return delivery;
    }

    /** The latest deliveries, newest first, optionally of one status ({@code pending}, {@code delivered}, {@code failed}). */
    @Transactional(TxType.SUPPORTS)
    public List<PactDelivery> list(Optional<PactDelivery.Status> status, int limit) {
        Sort newest = Sort.descending("createdAt").and("id");
        if (status.isEmpty()) {
            return PactDelivery.<PactDelivery>findAll(newest).page(Page.ofSize(limit)).list();
        }
        String where = switch (status.get()) {
            case PENDING -> "deliveredAt is null and gaveUp = false";
            case DELIVERED -> "deliveredAt is not null";
            case FAILED -> "gaveUp = true";
        };
        return PactDelivery.<PactDelivery>find(where, newest).page(Page.ofSize(limit)).list();
    }

    /** {@code pending}, {@code delivered} or {@code failed}, in any case. */
    public static Optional<PactDelivery.Status> status(String text) {
        try {
            return Optional.of(PactDelivery.Status.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
