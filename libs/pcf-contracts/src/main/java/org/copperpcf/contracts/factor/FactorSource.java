package org.copperpcf.contracts.factor;

/**
 * The provenance of a factor value.
 *
 * @param publisher who published it, e.g. {@code MEE/NBS}
 * @param document  document number or title, may be null
 * @param url       where it can be read, may be null
 */
public record FactorSource(String publisher, String document, String url) {
}
