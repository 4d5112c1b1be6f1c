package org.copperpcf.certification.report;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A certificate on one page, printable and checkable through its public URL. */
public final class CertificatePdf {
    private CertificatePdf() {
    }

    public static byte[] render(CertificateDocument c) {
        return render(c, Instant.now());
    }

    static byte[] render(CertificateDocument c, Instant generatedAt) {
        List<String> surveillance = c.surveillanceDates() == null ? List.of() : c.surveillanceDates().stream()
                .map(String::valueOf).toList();
        PdfLayout pdf = new PdfLayout("Certificate " + c.certificateId(), generatedAt,
                List.of("certificate " + c.certificateId(), "resultHash " + c.resultHash()));
        pdf.title("Low-carbon product certificate")
                .keyValue("Certificate", c.certificateId())
                .keyValue("Status", c.status())
                .heading("Holder")
                .keyValue("Name", c.holderName())
                .keyValue("Supplier id", String.valueOf(c.holderSupplierId()))
                .heading("Product and carbon footprint")
                .keyValue("Product", c.product())
                .keyValue("Carbon footprint", c.kgCo2e().toPlainString() + " kg CO2e per " + c.declaredUnit())
                .keyValue("Footprint", c.footprintId() + " version " + c.footprintVersion())
                .keyValue("Result hash", c.resultHash())
                .heading("Scope")
                .paragraph("The product's published carbon footprint version above was evaluated against criteria "
                        + "set " + c.criteriaSetKey() + " version " + c.criteriaSetVersion() + " and met it. The "
                        + "certificate covers that footprint version only: a recalculated footprint needs a new "
                        + "evaluation.")
                .heading("Validity")
                .keyValue("Issued at", String.valueOf(c.issuedAt()))
                .keyValue("Valid", c.validFrom() + " to " + c.validUntil())
                .keyValue("Surveillance", surveillance.isEmpty() ? "none scheduled"
                        : surveillance.stream().collect(Collectors.joining(", ")))
                .keyValue("Certifier", c.certifier())
                .heading("Check")
                .paragraph("Whether this certificate is still valid, suspended or withdrawn: " + c.checkUrl());
        return pdf.finish();
    }
}
