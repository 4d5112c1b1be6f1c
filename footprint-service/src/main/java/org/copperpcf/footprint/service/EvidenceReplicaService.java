package org.copperpcf.footprint.service;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.InvalidEventException;
import org.copperpcf.contracts.supplier.EvidenceFilePublished;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Assembles replicated evidence files from their parts. Parts are kept as they arrive (a repeated part changes
 * nothing); once all are here and their concatenation has the announced size and SHA-256, the file is written to
 * {@code evidence_file} and the parts are deleted, in one transaction. A file that does not check out is never
 * written: its parts stay for inspection and the mismatch is logged. A file held already ignores further parts (the
 * same file cited by another accepted disclosure).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class EvidenceReplicaService {

    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        EvidenceFilePublished part = event.dataAs(EventTypes.EVIDENCE_FILE_PUBLISHED);
        if (part.part() < 0 || part.part() >= part.parts()) {
            throw new InvalidEventException("part " + part.part() + " of " + part.parts() + " of evidence "
                    + part.evidenceId());
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(part.content());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("content of part " + part.key() + " is not base64: " + e.getMessage());
        }
        EntityManager em = Panache.getEntityManager();
        // Parts of one file come on different partitions: one transaction at a time per file decides completeness.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 0))")
                .setParameter(1, part.evidenceId()).getSingleResult();
        if (held(em, part)) {
            Log.debugf("Evidence %s is held already; part %d (event %s) ignored", part.evidenceId(), part.part(),
                    event.id());
            return;
        }
        em.createNativeQuery("insert into evidence_file_part (evidence_id, part, parts, content) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, part.evidenceId()).setParameter(2, part.part()).setParameter(3, part.parts())
                .setParameter(4, content).executeUpdate();
        List<?> rows = em.createNativeQuery("select content from evidence_file_part where evidence_id = ?1 "
                + "and parts = ?2 order by part").setParameter(1, part.evidenceId()).setParameter(2, part.parts())
                .getResultList();
        List<byte[]> parts = rows.stream().map(byte[].class::cast).toList();
        if (parts.size() < part.parts()) {
            Log.debugf("Evidence %s: %d of %d parts (event %s)", part.evidenceId(), parts.size(), part.parts(),
                    event.id());
            return;
        }
        assemble(em, part, parts, event);
    }

    private static boolean held(EntityManager em, EvidenceFilePublished part) {
        return !em.createNativeQuery("select 1 from evidence_file where evidence_id = ?1")
                .setParameter(1, part.evidenceId()).getResultList().isEmpty();
    }

    private static void assemble(EntityManager em, EvidenceFilePublished part, List<byte[]> parts, CloudEvent event) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        parts.forEach(file::writeBytes);
        byte[] content = file.toByteArray();
        String sha256 = sha256(content);
        if (content.length != part.sizeBytes() || !sha256.equals(part.sha256())) {
            Log.warnf("Evidence %s (%s) does not check out: %d bytes with SHA-256 %s, announced %d bytes with %s; "
                            + "its %d parts are kept and no file is stored (event %s)", part.evidenceId(),
                    part.fileName(), content.length, sha256, part.sizeBytes(), part.sha256(), parts.size(),
                    event.id());
            return;
        }
        em.createNativeQuery("insert into evidence_file (evidence_id, supplier_id, disclosure_id, file_name, "
                        + "media_type, size_bytes, sha256, content, received_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, part.evidenceId()).setParameter(2, part.supplierId())
                .setParameter(3, part.disclosureId()).setParameter(4, part.fileName())
                .setParameter(5, part.mediaType()).setParameter(6, part.sizeBytes()).setParameter(7, sha256)
                .setParameter(8, content).setParameter(9, Instant.now()).executeUpdate();
        em.createNativeQuery("delete from evidence_file_part where evidence_id = ?1")
                .setParameter(1, part.evidenceId()).executeUpdate();
        Log.infof("Evidence %s (%s, %d bytes in %d parts) of disclosure %s stored (event %s)", part.evidenceId(),
                part.fileName(), content.length, parts.size(), part.disclosureId(), event.id());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
