package org.copperpcf.footprint.pact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.oauth.ClientCredentials;
import org.copperpcf.kit.problem.ProblemException;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * PACT clients (data recipients) and their opaque access tokens: 256 random bits each, of which only the SHA-256 is
 * stored ({@link ClientCredentials}). These are footprint-service's own, separate from the platform's JWTs, so a buyer
 * system needs nothing but PACT's client-credentials flow.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class PactClientService {
    private final PactConfig config;
    private final AuditTrail audit;

    public PactClientService(PactConfig config, AuditTrail audit) {
        this.config = config;
        this.audit = audit;
    }

    /** A new client with its secret, which is not kept and cannot be shown again. */
    public record Issued(PactClient client, String secret) {
    }

    /** What a bearer token stands for. */
    public sealed interface Resolution {
        record Valid(String clientId) implements Resolution {
        }

        record Expired() implements Resolution {
        }

        record Invalid() implements Resolution {
        }
    }

    public Issued register(String name, String registeredBy) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.invalid("name", "is required, at most 200 characters");
        }
        PactClient client = new PactClient();
        client.clientId = "pact-" + ClientCredentials.randomHex(12);
        client.name = name.strip();
        String secret = ClientCredentials.newSecret();
        client.secretHash = ClientCredentials.sha256(secret);
        client.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        client.createdBy = registeredBy;
        client.persist();
        audit.record(AuditChange.of("pact-client-registered", "pact-client", client.clientId, null, null, null));
        return new Issued(client, secret);
    }

    @Transactional(TxType.SUPPORTS)
    public List<PactClient> all() {
        return PactClient.all();
    }

    @Transactional(TxType.SUPPORTS)
    public PactClient get(String clientId) {
        return PactClient.<PactClient>findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.notFound("PACT client", clientId));
    }

    /** Revokes the client and deletes its tokens, so they stop working at once. */
    public PactClient revoke(String clientId) {
        PactClient client = get(clientId);
        if (client.revokedAt == null) {
            client.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            audit.record(AuditChange.of("pact-client-revoked", "pact-client", clientId, null, null, null));
        }
        PactToken.delete("clientId", clientId);
        return client;
    }

    /** A token for the active client these credentials belong to (secret compared in constant time). */
    public Optional<String> issueToken(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        return PactClient.active(clientId).filter(c -> ClientCredentials.matches(c.secretHash, secret)).map(c -> {
            String token = ClientCredentials.newSecret();
            PactToken row = new PactToken();
            row.tokenHash = ClientCredentials.sha256(token);
            row.clientId = c.clientId;
            row.issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            row.expiresAt = row.issuedAt.plus(config.tokenLifetime());
            row.persist();
            return token;
        });
    }

    public long tokenLifetimeSeconds() {
        return config.tokenLifetime().toSeconds();
    }

    /** The client a bearer token belongs to; a revoked client's tokens are gone, so they are invalid. */
    @Transactional(TxType.SUPPORTS)
    public Resolution resolve(String token) {
        if (token == null || token.isBlank()) {
            return new Resolution.Invalid();
        }
        PactToken row = PactToken.findById(ClientCredentials.sha256(token.strip()));
        if (row == null) {
            return new Resolution.Invalid();
        }
        return row.expiresAt.isAfter(Instant.now()) ? new Resolution.Valid(row.clientId) : new Resolution.Expired();
    }

    /** Forgets tokens a day after they expired; until then an expired token is still answered as TokenExpired. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredTokens() {
        PactToken.delete("expiresAt < ?1", Instant.now().minus(1, ChronoUnit.DAYS));
    }
}
