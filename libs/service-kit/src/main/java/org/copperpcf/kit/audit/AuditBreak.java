package org.copperpcf.kit.audit;

/**
 * Where the chain first fails to verify.
 *
 * @param sequence the entry that was edited, the first one missing, or the one linked to the wrong predecessor
 * @param reason {@code edited}, {@code deleted} or {@code reordered}
 */
public record AuditBreak(long sequence, String reason, String detail) {
    public static final String EDITED = "edited";
    public static final String DELETED = "deleted";
    public static final String REORDERED = "reordered";
}
