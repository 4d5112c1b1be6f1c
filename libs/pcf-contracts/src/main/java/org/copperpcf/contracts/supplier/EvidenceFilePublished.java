package org.copperpcf.contracts.supplier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * One part of an evidence file that an accepted disclosure cites, so that footprint-service can put the file itself
 * into a footprint's audit bundle without calling supplier-service. Files are cut into parts of at most
 * {@link #PART_BYTES} bytes to stay under the broker's message limit; the record key is {@code <evidenceId>/<part>}
 * on the compacted {@code pcf.evidence.v1}, so every part survives compaction. A file is complete when all
 * {@code parts} have arrived and the SHA-256 of their concatenation equals {@code sha256}.
 *
 * @param evidenceId   the evidence file's id, as {@code DisclosureAccepted.Evidence.id}
 * @param supplierId   the supplier that uploaded it
 * @param disclosureId the accepted disclosure that made it public to the other services
 * @param fileName     the uploaded file name
 * @param mediaType    its media type
 * @param sizeBytes    the whole file's size
 * @param sha256       the whole file's SHA-256, lower-case hex
 * @param part         this part's index, from 0
 * @param parts        how many parts the file has (at least 1)
 * @param content      this part's bytes, base64 (RFC 4648, with padding)
 */
public record EvidenceFilePublished(UUID evidenceId, UUID supplierId, UUID disclosureId, String fileName,
                                    String mediaType, long sizeBytes, String sha256, int part, int parts,
                                    String content) {
    /** The most raw bytes one part carries (4 MiB, 5.6 MB as base64, under the 8 MiB message limit). */
    public static final int PART_BYTES = 4 * 1024 * 1024;

    /**
     * The parts that carry a file: consecutive slices of at most {@link #PART_BYTES} bytes, at least one (an empty
     * file is one empty part).
     */
    public static List<EvidenceFilePublished> partsOf(UUID evidenceId, UUID supplierId, UUID disclosureId,
                                                      String fileName, String mediaType, String sha256,
                                                      byte[] content) {
        int parts = Math.max(1, (content.length + PART_BYTES - 1) / PART_BYTES);
        List<EvidenceFilePublished> result = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            int from = part * PART_BYTES;
            int to = Math.min(content.length, from + PART_BYTES);
            result.add(new EvidenceFilePublished(evidenceId, supplierId, disclosureId, fileName, mediaType,
                    content.length, sha256, part, parts,
                    Base64.getEncoder().encodeToString(Arrays.copyOfRange(content, from, to))));
        }
        return result;
    }

    /** The record key of this part. */
    public String key() {
        return evidenceId + "/" + part;
    }
}
