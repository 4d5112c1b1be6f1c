package org.copperpcf.footprint.pact.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.copperpcf.kit.pact.PactPartner;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The kit's {@link PactPartner} clients that deliveries go through, kept per partner so that a token is reused until
 * it nearly expires; a partner's client is made anew when its settings change. A delivery for a PACT client without
 * partner settings (or without outbound credentials in them) goes anonymously, which is all a requester we hold no
 * credentials for can get (the PACT conformance suite's listener accepts exactly that).
 */
@ApplicationScoped
public class PartnerClients {
    private record Cached(Instant settingsUpdatedAt, PactPartner partner) {
    }

    private final PactEventSettings settings;
    private final Map<String, Cached> partners = new ConcurrentHashMap<>();
    private final Map<String, PactPartner> anonymous = new ConcurrentHashMap<>();

    public PartnerClients(PactEventSettings settings) {
        this.settings = settings;
    }

    /** The client for a delivery to {@code target} on behalf of {@code partnerSettings}, if any. */
    public PactPartner forDelivery(URI target, Optional<PactPartnerSettings> partnerSettings) {
        if (partnerSettings.isPresent()) {
            PactPartnerSettings partner = partnerSettings.get();
            Cached cached = partners.compute(partner.clientId, (id, known) -> known != null
                    && known.settingsUpdatedAt().equals(partner.updatedAt) ? known
                    : new Cached(partner.updatedAt, new PactPartner(partner.connection(), settings.timeout(),
                    Clock.systemUTC())));
            return cached.partner();
        }
        Optional<String> pinned = settings.anonymousTrustPem().map(file -> {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read footprint.pact-events.deliveries.anonymous-trust-pem " + file, e);
            }
        });
        URI origin = URI.create("https://" + target.getRawAuthority());
        return anonymous.computeIfAbsent(origin + "|" + pinned.orElse(""), key -> new PactPartner(
                new PactPartner.Connection(origin, Optional.empty(), Optional.empty(), Optional.empty(), pinned),
                settings.timeout(), Clock.systemUTC()));
    }
}
