package org.copperpcf.supplier.service;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.pact.PactPartner;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.kit.rest.Preconditions;
import org.copperpcf.kit.tls.DevelopmentCertificate;
import org.copperpcf.supplier.PactConnection;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.model.Codes;
import org.copperpcf.supplier.rest.PactConnectionRequest;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The registry of suppliers' PACT hosts: one connection per supplier, validated field by field before anything is
 * written. The client secret is write-only: kept to authenticate at the partner, never returned or logged.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class PactConnectionService {
    static final Duration DEFAULT_INTERVAL = Duration.ofHours(24);
    private static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    private final AuditTrail audit;

    public PactConnectionService(AuditTrail audit) {
        this.audit = audit;
    }

    /** The stored connection and whether this request created it. */
    public record Saved(PactConnection connection, boolean created) {
    }

    /** Registers or replaces the connection; replacing needs {@code ifMatch} with the version last read. */
    public Saved put(UUID supplierId, PactConnectionRequest request, String ifMatch) {
        if (Supplier.findById(supplierId) == null) {
            throw ProblemException.notFound("supplier", supplierId);
        }
        PactConnection connection = PactConnection.findById(supplierId);
        boolean created = connection == null;
        if (!created) {
            Preconditions.requireMatch(ifMatch, connection.version);
        }
        List<Violation> violations = violations(request, connection);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (created) {
            connection = new PactConnection();
            connection.supplierId = supplierId;
            connection.createdAt = now;
        }
        connection.baseUrl = request.baseUrl().strip();
        connection.authBaseUrl = blankToNull(request.authBaseUrl());
        if (request.clientSecret() != null) {
            connection.clientSecret = request.clientSecret();
        }
        connection.clientId = request.clientId().strip();
        connection.certificatePem = blankToNull(request.certificatePem());
        connection.apiVersion = request.apiVersion() == null ? 3 : request.apiVersion();
        connection.pullIntervalSeconds = interval(request.pullInterval()).toSeconds();
        connection.enabled = request.enabled() == null || request.enabled();
        connection.product = blankToNull(request.product());
        connection.updatedAt = now;
        if (created) {
            connection.persist();
        }
        PactConnection.flush();
        // Without the client secret: a hash of a short secret could be brute-forced from the audit trail.
        audit.record(AuditChange.of(created ? "pact-connection-registered" : "pact-connection-replaced",
                "pact-connection", supplierId, connection.version, null, new PactConnectionRequest(connection.baseUrl,
                        connection.authBaseUrl, connection.clientId, null, connection.certificatePem,
                        connection.apiVersion, Duration.ofSeconds(connection.pullIntervalSeconds).toString(),
                        connection.enabled, connection.product)).forSupplier(supplierId));
        Log.infof("PACT connection of supplier %s %s: %s (client %s, v%d, every %s, %s)", supplierId,
                created ? "registered" : "replaced", connection.baseUrl, connection.clientId, connection.apiVersion,
                Duration.ofSeconds(connection.pullIntervalSeconds), connection.enabled ? "enabled" : "disabled");
        return new Saved(connection, created);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<PactConnection> find(UUID supplierId) {
        return PactConnection.findByIdOptional(supplierId);
    }

    /** Removes the connection; the footprints it brought stay, reviewed or not. */
    public boolean delete(UUID supplierId) {
        boolean deleted = PactConnection.deleteById(supplierId);
        if (deleted) {
            audit.record(AuditChange.of("pact-connection-deleted", "pact-connection", supplierId, null, null, null)
                    .forSupplier(supplierId));
        }
        return deleted;
    }

    /** How {@link PactPartner} reaches the connection's host. */
    public static PactPartner.Connection partner(PactConnection connection) {
        return new PactPartner.Connection(URI.create(connection.baseUrl),
                Optional.ofNullable(connection.authBaseUrl).map(URI::create), Optional.of(connection.clientId),
                Optional.of(connection.clientSecret), Optional.ofNullable(connection.certificatePem));
    }

    private static List<Violation> violations(PactConnectionRequest request, PactConnection existing) {
        List<Violation> violations = new ArrayList<>();
        if (request == null) {
            return List.of(new Violation("body", "is required"));
        }
        httpsUrl("baseUrl", request.baseUrl(), true, violations);
        httpsUrl("authBaseUrl", request.authBaseUrl(), false, violations);
        if (request.clientId() == null || request.clientId().isBlank()) {
            violations.add(new Violation("clientId", "is required: PACT hosts authenticate with client credentials"));
        } else if (request.clientId().length() > 500) {
            violations.add(new Violation("clientId", "at most 500 characters"));
        }
        boolean sameClient = existing != null && request.clientId() != null
                && existing.clientId.equals(request.clientId().strip());
        if (request.clientSecret() == null || request.clientSecret().isEmpty()) {
            if (!sameClient || request.clientSecret() != null) {
                violations.add(new Violation("clientSecret", "is required when registering or changing the "
                        + "client id (it is never shown again; omit it to keep the stored one)"));
            }
        } else if (request.clientSecret().length() > 2000) {
            violations.add(new Violation("clientSecret", "at most 2000 characters"));
        }
        if (request.certificatePem() != null && !request.certificatePem().isBlank()) {
            try {
                DevelopmentCertificate.trusting(request.certificatePem());
            } catch (IllegalArgumentException | UncheckedIOException e) {
                violations.add(new Violation("certificatePem", "is not a PEM X.509 certificate ("
                        + e.getMessage() + ")"));
            }
        }
        if (request.apiVersion() != null && request.apiVersion() != 3 && request.apiVersion() != 2) {
            violations.add(new Violation("apiVersion", "3 (current) or 2 (deprecated PACT v2.x)"));
        }
        try {
            Duration interval = interval(request.pullInterval());
            if (interval.compareTo(MIN_INTERVAL) < 0) {
                violations.add(new Violation("pullInterval", "at least PT1M"));
            }
        } catch (DateTimeParseException e) {
            violations.add(new Violation("pullInterval", "an ISO-8601 duration such as PT6H"));
        }
        if (request.product() != null && !request.product().isBlank()
                && !Codes.PRODUCTS.contains(request.product())) {
            violations.add(new Violation("product", "unknown product '" + request.product() + "'; allowed: "
                    + String.join(", ", Codes.PRODUCTS.stream().sorted().toList())));
        }
        return violations;
    }

    private static void httpsUrl(String field, String value, boolean required, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return;
        }
        try {
            URI url = new URI(value.strip());
            if (!"https".equalsIgnoreCase(url.getScheme())) {
                violations.add(new Violation(field, "must be an https URL: PACT is served over HTTPS only"));
            } else if (url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
                violations.add(new Violation(field, "must be an absolute https URL with a host and no query"));
            }
        } catch (URISyntaxException e) {
            violations.add(new Violation(field, "is not a URL: " + e.getReason()));
        }
    }

    private static Duration interval(String value) {
        return value == null || value.isBlank() ? DEFAULT_INTERVAL : Duration.parse(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
