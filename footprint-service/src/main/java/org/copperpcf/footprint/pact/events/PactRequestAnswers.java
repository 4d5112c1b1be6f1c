package org.copperpcf.footprint.pact.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copperpcf.footprint.pact.PactCatalogue;
import org.copperpcf.footprint.pact.PactError;
import org.copperpcf.footprint.pact.PactFilter;
import org.copperpcf.footprint.pact.ProductFootprint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The answer to a PACT request: the footprints {@link PactCatalogue} finds for its criteria — the same filter
 * semantics as {@code GET /3/footprints} (repeated values OR, different criteria AND, case-insensitive, bogus values
 * match nothing) — except that without a {@code status} criterion only Active footprints are sent (a request wants
 * what is valid now, not the superseded versions), newest first and at most
 * {@code footprint.pact-events.requests.max-footprints} (one RequestFulfilled per request, as PACT says). None found:
 * RequestRejected with {@code NotFound}. v2.3 requests are rejected with {@code NotImplemented} as long as the host
 * has no v2.3 ProductFootprint mapping.
 */
@ApplicationScoped
public class PactRequestAnswers {
    private final PactCatalogue catalogue;
    private final ObjectMapper json;
    private final int maxFootprints;

    public PactRequestAnswers(PactCatalogue catalogue, ObjectMapper json,
                              @ConfigProperty(name = "footprint.pact-events.requests.max-footprints",
                                      defaultValue = "100") int maxFootprints) {
        this.catalogue = catalogue;
        this.json = json;
        this.maxFootprints = Math.max(1, maxFootprints);
    }

    /** The answer's event and its data ({@code requestEventId} plus {@code pfs} or {@code error}). */
    public record Answer(PactEventKind kind, ObjectNode data, List<ProductFootprint> footprints) {
    }

    public Answer answer(String requestEventId, int apiVersion, Map<String, List<String>> criteria) {
        ObjectNode data = json.createObjectNode().put("requestEventId", requestEventId);
        if (apiVersion != 3) {
            data.putObject("error").put("code", PactError.NOT_IMPLEMENTED).put("message", "This host answers "
                    + "requests for PACT v3 footprints only; request them at /3/events");
            return new Answer(PactEventKind.REQUEST_REJECTED, data, List.of());
        }
        Map<String, List<String>> filter = new LinkedHashMap<>(criteria);
        filter.putIfAbsent("status", List.of(ProductFootprint.ACTIVE));
        List<ProductFootprint> found = catalogue.matching(PactFilter.of(filter), maxFootprints);
        if (found.isEmpty()) {
            data.putObject("error").put("code", PactError.NOT_FOUND).put("message", "No "
                    + (criteria.containsKey("status") ? "" : "Active ") + "footprint matches " + criteria);
            return new Answer(PactEventKind.REQUEST_REJECTED, data, List.of());
        }
        data.putArray("pfs").addAll(found.stream().map(pf -> (JsonNode) json.valueToTree(pf)).toList());
        return new Answer(PactEventKind.REQUEST_FULFILLED, data, found);
    }
}
