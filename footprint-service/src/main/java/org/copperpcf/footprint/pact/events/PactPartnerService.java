package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.kit.tls.DevelopmentCertificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Partner settings of PACT clients: validated, stored, read (secrets stay inside), removed. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class PactPartnerService {

    /** Stores the settings of {@code pactClientId}; true when they are new. */
    public boolean put(String pactClientId, PartnerSettingsRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null) {
            throw ProblemException.invalid("body", "must be the partner settings object");
        }
        https(request.eventsBaseUrl(), "eventsBaseUrl", true, violations);
        https(request.authBaseUrl(), "authBaseUrl", false, violations);
        if (request.notifyOnPublished() == null) {
            violations.add(new Violation("notifyOnPublished", "is required (true or false)"));
        }
        Optional<PactPartnerSettings> stored = find(pactClientId);
        String secret = blankToNull(request.clientSecret());
        String clientId = blankToNull(request.clientId());
        if (secret == null && clientId != null && stored.isPresent()
                && clientId.equals(stored.get().outboundClientId)) {
            secret = stored.get().outboundSecret;
        }
        if (clientId == null && secret != null) {
            violations.add(new Violation("clientId", "is required with a clientSecret"));
        } else if (clientId != null && secret == null) {
            violations.add(new Violation("clientSecret", "is required with a new clientId"));
        }
        String pem = blankToNull(request.certificatePem());
        if (pem != null) {
            try {
                DevelopmentCertificate.trusting(pem);
            } catch (RuntimeException e) {
                violations.add(new Violation("certificatePem", "is not a usable PEM certificate: " + e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PactPartnerSettings settings = stored.orElseGet(() -> {
            PactPartnerSettings created = new PactPartnerSettings();
            created.clientId = pactClientId;
            created.createdAt = now;
            return created;
        });
        settings.eventsBaseUrl = request.eventsBaseUrl().trim().replaceAll("/+$", "");
        settings.authBaseUrl = Optional.ofNullable(blankToNull(request.authBaseUrl()))
                .map(url -> url.replaceAll("/+$", "")).orElse(null);
        settings.outboundClientId = clientId;
        settings.outboundSecret = secret;
        settings.certificatePem = pem;
        settings.notifyOnPublished = request.notifyOnPublished();
        settings.updatedAt = now;
        if (stored.isEmpty()) {
            settings.persist();
        }
        return stored.isEmpty();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<PactPartnerSettings> find(String pactClientId) {
        return PactPartnerSettings.findByIdOptional(pactClientId);
    }

    public boolean delete(String pactClientId) {
        return PactPartnerSettings.deleteById(pactClientId);
    }

    /** The partners that want a PublishedEvent for every new footprint version. */
    @Transactional(TxType.SUPPORTS)
    public List<PactPartnerSettings> notified() {
        return PactPartnerSettings.list("notifyOnPublished = true order by clientId");
    }

    private static void https(String url, String field, boolean required, List<Violation> violations) {
        if (url == null || url.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "is required: the partner's https URL"));
            }
            return;
        }
        try {
            URI uri = new URI(url.trim());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                violations.add(new Violation(field, "must be an absolute https URL with a host"));
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                violations.add(new Violation(field, "must have no query or fragment"));
            }
        } catch (URISyntaxException e) {
            violations.add(new Violation(field, "is not a URL: " + e.getMessage()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : Objects.requireNonNull(text).trim();
    }
}
