package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The settings of PACT events (docs/pact-events.md), each overridable by environment variable:
 * <ul>
 * <li>{@code footprint.pact-events.public-url}: our PACT host's base URL as partners reach it, the {@code source} of the
 * events we send (default {@code https://localhost:<quarkus.http.ssl-port>});</li>
 * <li>{@code footprint.pact-events.spec-location}: a directory with PACT's {@code v3/openapi.yaml} and
 * {@code v2/openapi.yaml}, whose event schemas received events are also checked against (read at run time, never
 * packaged: their licence);</li>
 * <li>{@code footprint.pact-events.deliveries.*}: how long a delivery is retried ({@code give-up-after}, 72 h as PACT
 * says), the back-off ({@code initial-backoff} doubling up to {@code max-backoff}), the HTTP {@code timeout}, the
 * timer {@code interval} and {@code anonymous-trust-pem}, a PEM file of certificates pinned for deliveries to
 * requesters without partner settings (development hosts only; unset, the JVM's trust store applies);</li>
 * <li>{@code footprint.pact-events.notifications.max-ids-per-event}: how many footprint ids one PublishedEvent carries.</li>
 * </ul>
 */
@ApplicationScoped
public class PactEventSettings {
    private final URI publicUrl;
    private final Optional<Path> specLocation;
    private final Duration giveUpAfter;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration timeout;
    private final Optional<Path> anonymousTrustPem;
    private final int maxIdsPerEvent;

    public PactEventSettings(
            @ConfigProperty(name = "footprint.pact-events.public-url") Optional<String> publicUrl,
            @ConfigProperty(name = "quarkus.http.ssl-port", defaultValue = "8443") int sslPort,
            @ConfigProperty(name = "footprint.pact-events.spec-location") Optional<String> specLocation,
            @ConfigProperty(name = "footprint.pact-events.deliveries.give-up-after", defaultValue = "72h")
            Duration giveUpAfter,
            @ConfigProperty(name = "footprint.pact-events.deliveries.initial-backoff", defaultValue = "30s")
            Duration initialBackoff,
            @ConfigProperty(name = "footprint.pact-events.deliveries.max-backoff", defaultValue = "1h") Duration maxBackoff,
            @ConfigProperty(name = "footprint.pact-events.deliveries.timeout", defaultValue = "20s") Duration timeout,
            @ConfigProperty(name = "footprint.pact-events.deliveries.anonymous-trust-pem") Optional<String> anonymousTrustPem,
            @ConfigProperty(name = "footprint.pact-events.notifications.max-ids-per-event", defaultValue = "100")
            int maxIdsPerEvent) {
        this.publicUrl = URI.create(publicUrl.orElse("https://localhost:" + sslPort).replaceAll("/+$", ""));
        this.specLocation = specLocation.map(Path::of);
        this.giveUpAfter = giveUpAfter;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.timeout = timeout;
        this.anonymousTrustPem = anonymousTrustPem.map(Path::of);
        this.maxIdsPerEvent = Math.max(1, maxIdsPerEvent);
    }

    public URI publicUrl() {
        return publicUrl;
    }

    public Optional<Path> specLocation() {
        return specLocation;
    }

    public Duration giveUpAfter() {
        return giveUpAfter;
    }

    public Duration timeout() {
        return timeout;
    }

    public Optional<Path> anonymousTrustPem() {
        return anonymousTrustPem;
    }

    public int maxIdsPerEvent() {
        return maxIdsPerEvent;
    }

    /** The wait after the {@code attempts}-th failed attempt: {@code initial-backoff} doubled each time, capped. */
    public Duration backoff(int attempts) {
        Duration delay = initialBackoff;
        for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
