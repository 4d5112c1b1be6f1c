package org.copperpcf.supplier.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.oauth.ClientCredentials;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.supplier.ApiClient;
import org.copperpcf.supplier.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Client credentials of supplier systems. The secret is 256 random bits, shown once; only its SHA-256 is stored
 * ({@link ClientCredentials}).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ApiClientService {
    private final AuditTrail audit;

    public ApiClientService(AuditTrail audit) {
        this.audit = audit;
    }
    /** A new client with its secret, which is not kept and cannot be shown again. */
    public record Issued(ApiClient client, String secret) {
    }

    public Issued create(UUID supplierId, String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.invalid("name", "is required, at most 200 characters");
        }
        if (Supplier.findById(supplierId) == null) {
            throw ProblemException.notFound("supplier", supplierId);
        }
        ApiClient client = new ApiClient();
        client.clientId = "sc-" + ClientCredentials.randomHex(12);
        client.supplierId = supplierId;
        client.name = name.strip();
        String secret = ClientCredentials.newSecret();
        client.secretHash = ClientCredentials.sha256(secret);
        client.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        client.persist();
        audit.record(AuditChange.of("api-client-created", "api-client", client.clientId, null, null, null)
                .forSupplier(supplierId));
        return new Issued(client, secret);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ApiClient> ofSupplier(UUID supplierId) {
        return ApiClient.ofSupplier(supplierId);
    }

    /** Revokes a client of {@code supplierId}; tokens already issued stay valid until they expire. */
    public ApiClient revoke(UUID supplierId, String clientId) {
        ApiClient client = ApiClient.<ApiClient>findByIdOptional(clientId)
                .filter(c -> c.supplierId.equals(supplierId))
                .orElseThrow(() -> ProblemException.notFound("API client", clientId));
        if (client.revokedAt == null) {
            client.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            audit.record(AuditChange.of("api-client-revoked", "api-client", clientId, null, null, null)
                    .forSupplier(supplierId));
        }
        return client;
    }

    /** The active client these credentials belong to, compared in constant time. */
    @Transactional(TxType.SUPPORTS)
    public Optional<ApiClient> authenticate(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        return ApiClient.active(clientId).filter(client -> ClientCredentials.matches(client.secretHash, secret));
    }
}
