package org.copperpcf.contracts.factor;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The provenance of a factor value.
 *
 * @param publisher       who published it, e.g. {@code MEE/NBS}
 * @param document        document number or title, may be null
 * @param url             where it can be read, may be null
 * @param publicationDate when it was published, may be null (added after the first v1 shape)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactorSource(String publisher, String document, String url, LocalDate publicationDate) {

    public FactorSource(String publisher, String document, String url) {
        this(publisher, document, url, null);
    }
}
