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
import org.copperpcf.kit.signing.Jws;
import org.copperpcf.kit.signing.SigningKeys;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Signs footprint versions as they are stored and verifies such signatures. One JWS signs every version a
 * transaction stores: its payload is the canonical JSON ({@link EventJson#canonical}) of {@link SignedVersions},
 * each entry a {@link SignedVersion} (what the version claims and the hashes that tie it to its inputs, result and
 * lineage). A recalculation wave stores thousands of versions a second and an Ed25519 signature costs about a
 * millisecond of CPU, so one signature per version would halve the wave. See docs/signatures-and-bundles.md.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FootprintSignatures {
    public static final String TYPE = "pcf-versions+jws";
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

    /** The signed payload: the issuer and the claims of every version stored together. */
    public record SignedVersions(String issuer, List<SignedVersion> versions) {
    }

    /**
     * What a verification found: the key's verdict, the payload, and whether every version the payload lists is
     * stored here with the same result and inputs hashes.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(boolean valid, String kid, String keyStatus, JsonNode payload,
                               boolean storedVersionMatches, String reason) {
    }

    /** Signs the versions with the active key, with one signature, and stores it with two statements. */
    public void signAll(List<SignedVersion> versions) {
        if (versions.isEmpty()) {
            return;
        }
        SigningKeys.Signer signer = keys.signer();
        FootprintSignature signature = new FootprintSignature();
        signature.id = UUID.randomUUID();
        signature.kid = signer.kid();
        signature.jws = signer.sign(EventJson.canonical(new SignedVersions(ISSUER, versions)), TYPE);
        signature.versions = versions.size();
        signature.signedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        signature.persist();
        Panache.getEntityManager().flush();
        Panache.getEntityManager().createNativeQuery("insert into footprint_signature (version_id, batch_id) "
                        + "select v, ?2 from unnest(cast(?1 as uuid[])) as v")
                .setParameter(1, versions.stream().map(SignedVersion::versionId).toArray(UUID[]::new))
                .setParameter(2, signature.id).executeUpdate();
    }

    /** This version's entry in a signature's payload. */
    public static JsonNode claimsOf(FootprintSignature signature, UUID versionId) {
        for (JsonNode entry : payloadOf(signature.jws).path("versions")) {
            if (versionId.toString().equals(entry.path("versionId").asText())) {
                return entry;
            }
        }
        throw new IllegalStateException("signature " + signature.id + " does not list version " + versionId);
    }

    private static JsonNode payloadOf(String jws) {
        return EventJson.readTree(new String(Jws.parse(jws).payload(), StandardCharsets.UTF_8));
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<FootprintSignature> of(UUID versionId) {
        return FootprintSignature.of(versionId);
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

    /** Whether the payload lists versions, each stored here with the result and inputs hashes it claims. */
    private static boolean matchesStored(JsonNode payload) {
        JsonNode versions = payload.path("versions");
        if (!versions.isArray() || versions.isEmpty()) {
            return false;
        }
        for (JsonNode entry : versions) {
            UUID versionId;
            try {
                versionId = UUID.fromString(entry.path("versionId").asText());
            } catch (IllegalArgumentException e) {
                return false;
            }
            boolean stored = FootprintVersion.<FootprintVersion>findByIdOptional(versionId)
                    .filter(v -> v.resultHash.equals(entry.path("resultHash").asText())
                            && v.inputsHash.equals(entry.path("inputsHash").asText()))
                    .isPresent();
            if (!stored) {
                return false;
            }
        }
        return true;
    }
}
