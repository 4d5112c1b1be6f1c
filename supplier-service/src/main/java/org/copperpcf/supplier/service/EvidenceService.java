package org.copperpcf.supplier.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.supplier.Evidence;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.config.SupplierConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Evidence files: typed by their content, hashed with SHA-256, bounded in size, owned by one supplier. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class EvidenceService {
    private final SupplierConfig config;
    private final AuditTrail audit;

    public EvidenceService(SupplierConfig config, AuditTrail audit) {
        this.config = config;
        this.audit = audit;
    }

    public Evidence store(UUID supplierId, String fileName, byte[] content, String uploadedBy) {
        if (Supplier.findById(supplierId) == null) {
            throw ProblemException.notFound("supplier", supplierId);
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.contains("/")
                || fileName.contains("\\")) {
            throw ProblemException.invalid("fileName", "a file name without path, 1 to 255 characters, is required");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("body", "the file is empty");
        }
        if (content.length > config.evidence().maxBytes()) {
            throw new ProblemException(413, "EVIDENCE_TOO_LARGE", "Evidence file too large", "the file has "
                    + content.length + " bytes; at most " + config.evidence().maxBytes() + " are accepted");
        }
        String mediaType = FileTypes.sniff(content).orElseThrow(() -> new ProblemException(415,
                "UNSUPPORTED_EVIDENCE_TYPE", "Unsupported evidence type", "the content is not a PDF, PNG, JPEG, "
                + "CSV or XLSX file (the type is read from the content, not from Content-Type)"));
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.supplierId = supplierId;
        evidence.fileName = fileName.strip();
        evidence.mediaType = mediaType;
        evidence.sizeBytes = content.length;
        evidence.sha256 = sha256(content);
        evidence.content = content;
        evidence.uploadedBy = uploadedBy;
        evidence.uploadedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        evidence.persist();
        audit.record(AuditChange.ofHashes("evidence-uploaded", "evidence", evidence.id, null, null,
                "sha256:" + evidence.sha256).forSupplier(supplierId));
        return evidence;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Evidence> find(UUID supplierId, UUID evidenceId) {
        return Evidence.<Evidence>findByIdOptional(evidenceId).filter(e -> e.supplierId.equals(supplierId));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
