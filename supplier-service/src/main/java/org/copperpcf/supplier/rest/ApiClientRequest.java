package org.copperpcf.supplier.rest;

/** A name for the client, e.g. the system that will use it. */
public record ApiClientRequest(String name) {
}
