package org.copperpcf.footprint.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.footprint.model.FootprintSignature;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.kit.signing.SigningKeys;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Signs footprint versions as they are stored and verifies such signatures. The signed payload is the canonical
 * JSON ({@link EventJson#canonical}) of a {@link SignedVersion}: what the version claims and the hashes that tie it
 * to its inputs, result and lineage. See docs/signatures-and-bundles.md.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FootprintSignatures {
    public static final String TYPE = "pcf-version+jws";
    public static final String ISSUER = "footprint-service";

    private final SigningKeys keys;

    public FootprintSignatures(SigningKeys keys) {
        this.keys = keys;
    }

    /** The signed claims of one version; {@code lineageHash} is the content hash of its lineage. */
    public record SignedVersion(String issuer, UUID footprintId, UUID versionId, int version, String product,
                                String declaredUnit, BigDecimal kgCo2e, String inputsHash, String resultHash,
                                String lineageHash, Instant calculatedAt) {
        public static SignedVersion of(FootprintVersion version, FootprintPublished.Lineage lineage) {
            return new SignedVersion(ISSUER, version.footprintId, version.id, version.version, version.product,
                    version.declaredUnit, version.total, version.inputsHash, version.resultHash,
                    EventJson.contentHash(lineage), version.calculatedAt);
        }
    }

    /**
     * What a verification found: the key's verdict, the payload, and whether the payload names a version stored
     * here with the same result and inputs hashes.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(boolean valid, String kid, String keyStatus, JsonNode payload,
                               boolean storedVersionMatches, String reason) {
    }

    /**
     * Signs every version with the active key and stores the signatures with one statement: a recalculation wave
     * stores thousands of versions in one transaction.
     */
    public void signAll(List<SignedVersion> versions) {
        if (versions.isEmpty()) {
            return;
        }
        SigningKeys.Signer signer = keys.signer();
        UUID[] ids = new UUID[versions.size()];
        String[] signatures = new String[versions.size()];
        for (int i = 0; i < versions.size(); i++) {
            ids[i] = versions.get(i).versionId();
            signatures[i] = signer.sign(EventJson.canonical(versions.get(i)), TYPE);
        }
        Panache.getEntityManager().createNativeQuery("insert into footprint_signature (version_id, kid, jws, "
                        + "signed_at) select v, ?2, j, ?3 from unnest(cast(?1 as uuid[]), cast(?4 as text[])) as s(v, j)")
                .setParameter(1, ids).setParameter(2, signer.kid())
                .setParameter(3, Instant.now().truncatedTo(ChronoUnit.MICROS)).setParameter(4, signatures)
                .executeUpdate();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<FootprintSignature> of(UUID versionId) {
        return FootprintSignature.findByIdOptional(versionId);
    }

    /** Verifies a compact JWS against this service's keys, valid or not; malformed input is an IllegalArgument. */
    @Transactional(TxType.SUPPORTS)
    public Verification verify(String jws) {
        SigningKeys.Verification verdict = keys.verify(jws);
        if (verdict.payload() == null) {
            throw new IllegalArgumentException(verdict.reason());
        }
        JsonNode payload;
        try {
            payload = EventJson.readTree(new String(verdict.payload(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // Signed by us or not, a payload that is not JSON names no version of ours.
            return new Verification(verdict.valid(), verdict.kid(), verdict.keyStatus(), null, false,
                    verdict.reason());
        }
        return new Verification(verdict.valid(), verdict.kid(), verdict.keyStatus(), payload, matchesStored(payload),
                verdict.reason());
    }

    /** Whether the payload names a stored version whose result and inputs hashes are the ones it claims. */
    private static boolean matchesStored(JsonNode payload) {
        UUID versionId;
        try {
            versionId = UUID.fromString(payload.path("versionId").asText());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return FootprintVersion.<FootprintVersion>findByIdOptional(versionId)
                .filter(v -> v.resultHash.equals(payload.path("resultHash").asText())
                        && v.inputsHash.equals(payload.path("inputsHash").asText()))
                .isPresent();
    }
}
