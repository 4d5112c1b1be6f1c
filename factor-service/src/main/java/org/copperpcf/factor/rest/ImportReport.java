package org.copperpcf.factor.rest;

/** The outcome of an accepted import: every row was valid and is now in the draft. */
public record ImportReport(String release, String format, int rows, int added, int replaced) {
}
