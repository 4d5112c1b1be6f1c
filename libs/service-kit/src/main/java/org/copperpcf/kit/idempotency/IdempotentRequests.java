package org.copperpcf.kit.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Runs a create once per {@code Idempotency-Key}. The key row is inserted in the same transaction as the create, so
 * either both exist or neither does; a concurrent retry waits on the row lock of the first attempt and then replays
 * its stored response. The same key with a different request is refused with 422; the request is compared by a
 * hash of the operation and the body as the service read it.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    /** Set on a response that was replayed from an earlier request with the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final ObjectMapper json;
    private final Duration retention;

    public IdempotentRequests(ObjectMapper json,
                              @ConfigProperty(name = "kit.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.json = json;
        this.retention = retention;
    }

    /**
     * Runs {@code create} unless {@code principal} already sent {@code key}; then answers what the first request got.
     * Without a key the create simply runs. A failed create stores nothing, so its retry runs again.
     *
     * @param fingerprint what identifies the request, from {@link #fingerprint(String, Object)}
     */
    @Transactional
    public Response run(String principal, String key, String fingerprint, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        EntityManager em = Panache.getEntityManager();
        int inserted = em.createNativeQuery("insert into idempotency_key (principal, idempotency_key, request_hash) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, fingerprint)
                .executeUpdate();
        if (inserted == 0) {
            return replay(em, principal, key, fingerprint);
        }
        Response response = create.get();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        em.createNativeQuery("update idempotency_key set response_status = ?1, response_body = ?2, location = ?3 "
                        + "where principal = ?4 and idempotency_key = ?5")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getEntity() == null ? null : write(response.getEntity()))
                .setParameter(3, location == null ? null : location.toString())
                .setParameter(4, principal).setParameter(5, key)
                .executeUpdate();
        return response;
    }

    /** A stable hash of an operation (e.g. {@code POST /api/v1/suppliers/…/disclosures}) and its parsed body. */
    public String fingerprint(String operation, Object body) {
        return fingerprint(operation, write(body).getBytes(StandardCharsets.UTF_8));
    }

    /** A stable hash of an operation and its raw body, for uploads. */
    public String fingerprint(String operation, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Keys are kept for {@code kit.idempotency.retention} (a day): long enough for any client's retries. */
    @Scheduled(every = "${kit.idempotency.cleanup-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldKeys() {
        int deleted = Panache.getEntityManager()
                .createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, Instant.now().minus(retention))
                .executeUpdate();
        if (deleted > 0) {
            Log.debugf("Forgot %d idempotency keys older than %s", deleted, retention);
        }
    }

    private Response replay(EntityManager em, String principal, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, response_status, response_body, location "
                        + "from idempotency_key where principal = ?1 and idempotency_key = ?2")
                .setParameter(1, principal).setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "the Idempotency-Key '" + key + "' was used before for a different request; use a new key",
                    List.of(new Violation(HEADER, "already used for a different request")));
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            replay.type(MediaType.APPLICATION_JSON).entity(row[2]);
        }
        if (row[3] != null) {
            replay.header(HttpHeaders.LOCATION, row[3]);
        }
        return replay.build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getName(), e);
        }
    }
}
