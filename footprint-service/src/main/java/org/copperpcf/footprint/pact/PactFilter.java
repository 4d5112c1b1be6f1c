package org.copperpcf.footprint.pact;

import java.util.List;
import java.util.Map;

/**
 * The filters of PACT's ListFootprints (and of a RequestCreated event's criteria), as sent: values are kept as text
 * and interpreted by {@link PactCatalogue}, so a bogus value matches nothing instead of failing the request. A
 * parameter given several times matches any of its values (OR); different parameters must all match (AND); matching
 * ignores case. An empty list does not filter.
 */
public record PactFilter(List<String> productId, List<String> companyId, List<String> geography,
                         List<String> classification, List<String> validOn, List<String> validAfter,
                         List<String> validBefore, List<String> status) {
    public static final List<String> NAMES = List.of("productId", "companyId", "geography", "classification",
            "validOn", "validAfter", "validBefore", "status");

    public PactFilter {
        productId = copy(productId);
        companyId = copy(companyId);
        geography = copy(geography);
        classification = copy(classification);
        validOn = copy(validOn);
        validAfter = copy(validAfter);
        validBefore = copy(validBefore);
        status = copy(status);
    }

    /** No filter: every footprint. */
    public static PactFilter none() {
        return of(Map.of());
    }

    /** From query parameters or event criteria by PACT's names; other names (vendor filters, limit) are ignored. */
    public static PactFilter of(Map<String, List<String>> parameters) {
        return new PactFilter(parameters.get("productId"), parameters.get("companyId"), parameters.get("geography"),
                parameters.get("classification"), parameters.get("validOn"), parameters.get("validAfter"),
                parameters.get("validBefore"), parameters.get("status"));
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
    }
}
