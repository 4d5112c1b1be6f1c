package org.copperpcf.supplier;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contract for electricity of a known origin: green-power trading, a PPA or a direct line. */
@Embeddable
public class ElectricityContract {

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "contract_id", nullable = false)
    public String contractId;

    @Column(nullable = false)
    public String kind;

    public String counterparty;

    @Column(nullable = false)
    public BigDecimal mwh;

    @Column(name = "generation_type")
    public String generationType;

    @Column(name = "evidence_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] evidenceIds;
}
