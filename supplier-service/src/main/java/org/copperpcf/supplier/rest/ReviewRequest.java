package org.copperpcf.supplier.rest;

/** A reviewer's decision: a comment on acceptance (optional), a reason on rejection (required). */
public record ReviewRequest(String comment, String reason) {
}
