package org.copperpcf.certification.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a certificate PDF shows: the certificate, its holder and product, the certified footprint version (with its
 * result hash), the criteria set version it was judged against, validity, surveillance and where to check it.
 */
public record CertificateDocument(String certificateId, String status, UUID holderSupplierId, String holderName,
                                  String product, String declaredUnit, BigDecimal kgCo2e, UUID footprintId,
                                  int footprintVersion, String resultHash, String criteriaSetKey,
                                  int criteriaSetVersion, Instant issuedAt, LocalDate validFrom, LocalDate validUntil,
                                  List<LocalDate> surveillanceDates, String certifier, String checkUrl) {
}
