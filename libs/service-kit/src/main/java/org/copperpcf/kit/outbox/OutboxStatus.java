package org.copperpcf.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** What the relay last saw: the backlog for readiness and metrics, without a query per scrape. */
@ApplicationScoped
public class OutboxStatus {
    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldestPending = new AtomicReference<>();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final Counter sent;
    private final Counter failures;

    public OutboxStatus(MeterRegistry registry) {
        Gauge.builder("outbox.pending.events", pending, AtomicLong::get)
                .description("Events written but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("outbox.oldest.pending.age.seconds", this, status -> status.oldestPendingAge().toMillis() / 1000.0)
                .description("Age of the oldest unsent event").register(registry);
        sent = Counter.builder("outbox.sent.events").description("Events acknowledged by Kafka").register(registry);
        failures = Counter.builder("outbox.relay.failures").description("Relay rounds the broker did not acknowledge")
                .register(registry);
    }

    void recordBacklog(long count, Instant oldest) {
        pending.set(count);
        oldestPending.set(oldest);
    }

    void recordSent(int count) {
        sent.increment(count);
    }

    /** @return true when this is the first failure after a success, so the caller logs it once */
    boolean recordFailure(String reason) {
        failures.increment();
        return lastFailure.getAndSet(reason) == null;
    }

    /** @return true when this success ends a failure streak */
    boolean recordRecovery() {
        return lastFailure.getAndSet(null) != null;
    }

    public long pendingCount() {
        return pending.get();
    }

    public Duration oldestPendingAge() {
        Instant oldest = oldestPending.get();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now());
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }
}
