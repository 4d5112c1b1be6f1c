package org.copperpcf.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value outside its plausible range, shown to the reviewer with the range's source; not a rejection. */
@Embeddable
public class PlausibilityFlag {

    @Column(name = "flag_no", nullable = false)
    public int flagNo;

    @Column(nullable = false)
    public String field;

    @Column(nullable = false)
    public String message;

    @Column(name = "range_source")
    public String rangeSource;

    public PlausibilityFlag() {
    }

    public PlausibilityFlag(int flagNo, String field, String message, String rangeSource) {
        this.flagNo = flagNo;
        this.field = field;
        this.message = message;
        this.rangeSource = rangeSource;
    }
}
