package org.copperpcf.kit.signing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.copperpcf.kit.audit.AuditActor;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * This service's Ed25519 signing keys. The first key is made on first use; {@link #rotate} retires the active key
 * and makes the next one. Retired keys stay published in the {@link #jwks() JWKS}, so whatever they signed still
 * verifies. Private keys live in the service's own database: a development arrangement (production keeps them in a
 * KMS or HSM and signs there; only this class would change).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class SigningKeys {
    /** Serialises making the first key and rotations across instances (transaction-scoped advisory lock). */
    private static final long ADVISORY_LOCK_KEY = 0x7369676e5f6b6579L;
    private static final String KEY_TYPE = "OKP";

    /** Key material never changes once made, so parsed keys are kept by kid. */
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final AuditTrail audit;

    public SigningKeys(AuditTrail audit) {
        this.audit = audit;
    }

    /** One public key as a JWK (RFC 7517/8037), with its life as extra members. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Jwk(String kty, String crv, String x, String kid, String use, String alg, String status,
                      Instant createdAt, Instant retiredAt) {
        static Jwk of(SigningKey key) {
            return new Jwk(KEY_TYPE, Jws.CURVE, key.x(), key.kid, "sig", key.algorithm, key.status, key.createdAt,
                    key.retiredAt);
        }
    }

    /** A JWK set: every key, active and retired, oldest first. */
    public record JwkSet(List<Jwk> keys) {
    }

    /**
     * What a JWS verification found. {@code payload} is given whenever the JWS could be parsed, also when invalid.
     *
     * @param keyStatus active or retired; null when the kid is unknown
     * @param reason    why it is invalid: malformed, unsupported algorithm, unknown kid or bad signature
     */
    public record Verification(boolean valid, String kid, String keyStatus, byte[] payload, String reason) {
    }

    /** The active key, ready to sign many payloads (one lookup for a whole batch). */
    public record Signer(String kid, PrivateKey key) {
        public String sign(byte[] payload, String typ) {
            return Jws.sign(key, kid, typ, payload);
        }
    }

    /** The active key, made first if this service has none yet. */
    public Signer signer() {
        SigningKey active = active().orElseGet(() -> {
            lock();
            return active().orElseGet(() -> create(AuditActor.SYSTEM, null));
        });
        return new Signer(active.kid, privateKeys.computeIfAbsent(active.kid, kid -> Jws.privateKey(active.privateKey)));
    }

    /** A compact JWS of {@code payload} with the active key. */
    public String sign(byte[] payload, String typ) {
        return signer().sign(payload, typ);
    }

    /** Retires the active key (it stays published) and makes the next one, which signs from now on. */
    public Jwk rotate(AuditActor actor) {
        lock();
        Optional<SigningKey> previous = active();
        previous.ifPresent(old -> SigningKey.update("status = ?1, retiredAt = ?2 where kid = ?3", SigningKey.RETIRED,
                now(), old.kid));
        return Jwk.of(create(actor, previous.map(old -> contentHash(old.x())).orElse(null)));
    }

    @Transactional(TxType.SUPPORTS)
    public Verification verify(String compact) {
        Jws.Parsed jws;
        try {
            jws = Jws.parse(compact);
        } catch (IllegalArgumentException e) {
            return new Verification(false, null, null, null, "malformed: " + e.getMessage());
        }
        if (!Jws.ALGORITHM.equals(jws.alg())) {
            return new Verification(false, jws.kid(), null, jws.payload(), "unsupported alg " + jws.alg()
                    + ", expected " + Jws.ALGORITHM);
        }
        SigningKey key = jws.kid() == null ? null : SigningKey.findById(jws.kid());
        if (key == null) {
            return new Verification(false, jws.kid(), null, jws.payload(), "unknown kid " + jws.kid());
        }
        boolean valid = Jws.verify(jws, publicKeys.computeIfAbsent(key.kid, kid -> Jws.publicKey(Jwk.of(key).x())));
        return new Verification(valid, key.kid, key.status, jws.payload(), valid ? null : "bad signature");
    }

    @Transactional(TxType.SUPPORTS)
    public JwkSet jwks() {
        return new JwkSet(SigningKey.<SigningKey>list("order by createdAt, kid").stream().map(Jwk::of).toList());
    }

    private Optional<SigningKey> active() {
        return SigningKey.find("status", SigningKey.ACTIVE).firstResultOptional();
    }

    private SigningKey create(AuditActor actor, String previousHash) {
        KeyPair pair = Jws.generate();
        String x = Jws.x(pair.getPublic());
        SigningKey key = new SigningKey();
        key.kid = thumbprint(x);
        key.algorithm = Jws.ALGORITHM;
        key.publicJwk = jwk(x);
        key.privateKey = pair.getPrivate().getEncoded();
        key.status = SigningKey.ACTIVE;
        key.createdAt = now();
        key.persist();
        audit.record(actor, AuditChange.ofHashes(previousHash == null ? "signing-key-created" : "signing-key-rotated",
                "signing-key", key.kid, null, previousHash, contentHash(x)));
        return key;
    }

    /** Only one caller at a time makes or rotates keys; held until the transaction ends. */
    private static void lock() {
        Panache.getEntityManager().createNativeQuery("select count(*) from pg_advisory_xact_lock(?1)")
                .setParameter(1, ADVISORY_LOCK_KEY).getSingleResult();
    }

    /** The members of an OKP JWK in the lexicographic order RFC 7638 hashes them in. */
    private static String jwk(String x) {
        return "{\"crv\":\"" + Jws.CURVE + "\",\"kty\":\"" + KEY_TYPE + "\",\"x\":\"" + x + "\"}";
    }

    /** The RFC 7638 JWK thumbprint: a kid that names the key material itself. */
    static String thumbprint(String x) {
        return Jws.encode(sha256(jwk(x)));
    }

    /** {@code sha256:<hex>} of the public JWK's RFC 7638 form: the audit trail's content hash of a key. */
    private static String contentHash(String x) {
        return "sha256:" + HexFormat.of().formatHex(sha256(jwk(x)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
