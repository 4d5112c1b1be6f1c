package org.copperpcf.supplier;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A green electricity certificate (GEC, 1 per MWh) the disclosure claims, with its redemption evidence. */
@Embeddable
public class GreenCertificate {

    @Column(name = "certificate_id", nullable = false)
    public String certificateId;

    @Column(nullable = false)
    public BigDecimal mwh;

    @Column(nullable = false)
    public int vintage;

    @Column(name = "generation_type", nullable = false)
    public String generationType;

    @Column(name = "redemption_evidence_id")
    public UUID redemptionEvidenceId;
}
