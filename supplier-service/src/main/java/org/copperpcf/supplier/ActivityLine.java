package org.copperpcf.supplier;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One activity line of a disclosure, with its data type, pedigree scores and the evidence it rests on. */
@Embeddable
public class ActivityLine {

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String item;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String unit;

    @Column(name = "scrap_kind")
    public String scrapKind;

    @Column(name = "distance_km")
    public BigDecimal distanceKm;

    @Column(name = "data_type", nullable = false)
    public String dataType;

    @Column(name = "dq_reliability")
    public Integer dqReliability;

    @Column(name = "dq_completeness")
    public Integer dqCompleteness;

    @Column(name = "dq_temporal")
    public Integer dqTemporal;

    @Column(name = "dq_geographical")
    public Integer dqGeographical;

    @Column(name = "dq_technological")
    public Integer dqTechnological;

    @Column(name = "evidence_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] evidenceIds;

    public String note;
}
