package org.copperpcf.supplier.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.supplier.EvidenceFilePublished;
import org.copperpcf.supplier.Evidence;

/** Cuts an evidence file into the parts that carry it on {@code pcf.evidence.v1}. */
public final class EvidenceFileParts {

    private EvidenceFileParts() {
    }

    /**
     * The parts of {@code evidence} as published for the accepted disclosure {@code disclosureId}: consecutive
     * slices of at most {@link EvidenceFilePublished#PART_BYTES} bytes, at least one (an empty file is one empty
     * part).
     */
    public static List<EvidenceFilePublished> of(Evidence evidence, UUID disclosureId) {
        byte[] content = evidence.content;
        int parts = Math.max(1, (content.length + EvidenceFilePublished.PART_BYTES - 1)
                / EvidenceFilePublished.PART_BYTES);
        List<EvidenceFilePublished> result = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            int from = part * EvidenceFilePublished.PART_BYTES;
            int to = Math.min(content.length, from + EvidenceFilePublished.PART_BYTES);
            result.add(new EvidenceFilePublished(evidence.id, evidence.supplierId, disclosureId, evidence.fileName,
                    evidence.mediaType, content.length, evidence.sha256, part, parts,
                    Base64.getEncoder().encodeToString(Arrays.copyOfRange(content, from, to))));
        }
        return result;
    }
}
