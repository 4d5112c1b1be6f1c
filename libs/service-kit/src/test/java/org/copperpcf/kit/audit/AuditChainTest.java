package org.copperpcf.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-03-05T10:15:30.1234Z");
    private static final UUID ID = UUID.fromString("3f0c9a1e-7b2d-4c5e-9f10-2a3b4c5d6e7f");

    @Test
    void theCanonicalFormIsTheDocumentedJsonArrayAndItsSha256() throws Exception {
        AuditEntry entry = new AuditEntry(1, ID, AT, "alice", "admin", "supplier-created", "supplier", "s-1", 0L,
                null, null, "sha256:ab", null, null);
        String canonical = AuditChain.canonical(entry);
        assertEquals("[\"copperpcf-audit-v1\",1,\"3f0c9a1e-7b2d-4c5e-9f10-2a3b4c5d6e7f\","
                + "\"2026-03-05T10:15:30.123400Z\",\"alice\",\"admin\",\"supplier-created\",\"supplier\",\"s-1\",0,"
                + "null,null,\"sha256:ab\",null]", canonical);
        String expected = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, AuditChain.hash(entry));
    }

    @Test
    void anIntactChainVerifiesAndReportsItsHead() {
        List<AuditEntry> chain = chain(3);
        AuditVerification result = verify(chain);
        assertTrue(result.valid());
        assertEquals(3, result.entries());
        assertEquals(3L, result.lastSequence());
        assertEquals(chain.get(2).entryHash(), result.lastEntryHash());
        assertNull(result.firstBreak());
    }

    @Test
    void anEditedFieldBreaksTheChainAtThatEntry() {
        List<AuditEntry> chain = chain(4);
        AuditEntry e = chain.get(1);
        chain.set(1, new AuditEntry(e.sequence(), e.id(), e.recordedAt(), "mallory", e.role(), e.action(),
                e.entityType(), e.entityId(), e.entityVersion(), e.supplierId(), e.beforeHash(), e.afterHash(),
                e.previousEntryHash(), e.entryHash()));
        assertBreak(verify(chain), 2, AuditBreak.EDITED);
    }

    @Test
    void aDeletedEntryIsReportedByTheFirstMissingNumber() {
        List<AuditEntry> chain = chain(5);
        chain.remove(2);
        chain.remove(2);
        AuditVerification result = verify(chain);
        assertBreak(result, 3, AuditBreak.DELETED);
        assertEquals("entries 3 to 4 are missing", result.firstBreak().detail());
        List<AuditEntry> headless = chain(2);
        headless.remove(0);
        assertBreak(verify(headless), 1, AuditBreak.DELETED);
    }

    @Test
    void anEntryRehashedOntoTheWrongPredecessorIsReportedAsReordered() {
        List<AuditEntry> chain = chain(3);
        AuditEntry e = chain.get(2);
        chain.set(2, hashed(new AuditEntry(e.sequence(), e.id(), e.recordedAt(), e.actor(), e.role(), e.action(),
                e.entityType(), e.entityId(), e.entityVersion(), e.supplierId(), e.beforeHash(), e.afterHash(),
                chain.get(0).entryHash(), null)));
        assertBreak(verify(chain), 3, AuditBreak.REORDERED);
    }

    private static void assertBreak(AuditVerification result, long sequence, String reason) {
        assertFalse(result.valid());
        assertEquals(sequence, result.firstBreak().sequence());
        assertEquals(reason, result.firstBreak().reason());
    }

    private static AuditVerification verify(List<AuditEntry> entries) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.result();
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = null;
        for (long sequence = 1; sequence <= length; sequence++) {
            AuditEntry entry = hashed(new AuditEntry(sequence, UUID.randomUUID(), AT, "alice", "admin",
                    "footprint-version-created", "footprint", "f-" + sequence, sequence, UUID.randomUUID(),
                    "sha256:before", "sha256:after", previous, null));
            chain.add(entry);
            previous = entry.entryHash();
        }
        return chain;
    }

    private static AuditEntry hashed(AuditEntry e) {
        return new AuditEntry(e.sequence(), e.id(), e.recordedAt(), e.actor(), e.role(), e.action(), e.entityType(),
                e.entityId(), e.entityVersion(), e.supplierId(), e.beforeHash(), e.afterHash(), e.previousEntryHash(),
                AuditChain.hash(e));
    }
}
