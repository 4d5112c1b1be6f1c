package org.copperpcf.kit.audit;

/**
 * What recomputing the chain found. {@code lastSequence} and {@code lastEntryHash} are the head of the chain as
 * read: noted down by a certifier, they also reveal a later truncation of the newest entries, which the chain alone
 * cannot show.
 *
 * @param entries how many entries were read
 * @param firstBreak null when the chain is valid
 */
public record AuditVerification(boolean valid, long entries, Long lastSequence, String lastEntryHash,
                                AuditBreak firstBreak) {
}
