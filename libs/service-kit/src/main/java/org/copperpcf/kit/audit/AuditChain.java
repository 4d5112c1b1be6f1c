package org.copperpcf.kit.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hash chain, free of any database so that it is tested (and re-implemented by a certifier) on its own.
 *
 * <p>Canonical form of an entry: the compact JSON array (no whitespace, UTF-8)
 * {@code ["copperpcf-audit-v1", sequence, id, recordedAt, actor, role, action, entityType, entityId, entityVersion,
 * supplierId, beforeHash, afterHash, previousEntryHash]}, where {@code sequence} and {@code entityVersion} are
 * numbers, absent values are {@code null}, ids are lower-case UUIDs and {@code recordedAt} is UTC with exactly six
 * fraction digits ({@code 2026-03-05T10:15:30.123456Z}). {@code entryHash} is {@code sha256:} and the lower-case hex
 * SHA-256 of those bytes. A JSON array names every field's position, so no value can shift into its neighbour.
 */
public final class AuditChain {
    static final String FORMAT = "copperpcf-audit-v1";
    /** Six fraction digits: what PostgreSQL's timestamptz keeps, so the stored time hashes as it was recorded. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChain() {
    }

    public static String canonical(AuditEntry e) {
        try {
            return JSON.writeValueAsString(Arrays.asList(FORMAT, e.sequence(), e.id().toString(),
                    TIME.format(e.recordedAt()), e.actor(), e.role(), e.action(), e.entityType(), e.entityId(),
                    e.entityVersion(), e.supplierId() == null ? null : e.supplierId().toString(), e.beforeHash(),
                    e.afterHash(), e.previousEntryHash()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("strings and numbers always serialise", ex);
        }
    }

    public static String hash(AuditEntry e) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(e).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    /** Checks entries fed in {@code sequence} order, from entry 1, and keeps the first break. */
    public static final class Verifier {
        private long expectedSequence = 1;
        private String previousHash;
        private long entries;
        private AuditBreak firstBreak;

        /** False once a break was found: later entries cannot repair it, so reading on is pointless. */
        public boolean accept(AuditEntry e) {
            if (firstBreak != null) {
                return false;
            }
            entries++;
            check(e).ifPresent(found -> firstBreak = found);
            expectedSequence = e.sequence() + 1;
            previousHash = e.entryHash();
            return firstBreak == null;
        }

        private Optional<AuditBreak> check(AuditEntry e) {
            if (!hash(e).equals(e.entryHash())) {
                return Optional.of(new AuditBreak(e.sequence(), AuditBreak.EDITED,
                        "entry " + e.sequence() + " no longer matches its hash"));
            }
            if (e.sequence() > expectedSequence) {
                return Optional.of(new AuditBreak(expectedSequence, AuditBreak.DELETED, expectedSequence
                        == e.sequence() - 1 ? "entry " + expectedSequence + " is missing"
                        : "entries " + expectedSequence + " to " + (e.sequence() - 1) + " are missing"));
            }
            if (e.sequence() < expectedSequence || !Objects.equals(previousHash, e.previousEntryHash())) {
                return Optional.of(new AuditBreak(e.sequence(), AuditBreak.REORDERED,
                        "entry " + e.sequence() + " does not follow the entry before it"));
            }
            return Optional.empty();
        }

        public AuditVerification result() {
            return new AuditVerification(firstBreak == null, entries, entries == 0 ? null : expectedSequence - 1,
                    previousHash, firstBreak);
        }
    }
}
