package org.copperpcf.footprint.pact.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copperpcf.footprint.pact.PactCatalogue;
import org.copperpcf.footprint.pact.PactError;
import org.copperpcf.footprint.pact.PactFilter;
import org.copperpcf.footprint.pact.ProductFootprint;
import org.copperpcf.footprint.pact.ProductFootprintsV2;
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
 * RequestRejected with {@code NotFound}.
 * <p>
 * One path for both API versions: a v2.3 request (its {@code pf} fragment read into the same criteria) finds the
 * same footprints and gets them as v2.3 documents ({@link ProductFootprintsV2}, the mapping of {@code /2/footprints})
 * in the v2 events; footprints v2.3 cannot express are left out, as on {@code /2/footprints}, and when that leaves
 * none the request is rejected with {@code NotFound}.
 */
@ApplicationScoped
public class PactRequestAnswers {
    private final PactCatalogue catalogue;
    private final ProductFootprintsV2 v2;
    private final ObjectMapper json;
    private final int maxFootprints;

    public PactRequestAnswers(PactCatalogue catalogue, ProductFootprintsV2 v2, ObjectMapper json,
                              @ConfigProperty(name = "footprint.pact-events.requests.max-footprints",
                                      defaultValue = "100") int maxFootprints) {
        this.catalogue = catalogue;
        this.v2 = v2;
        this.json = json;
        this.maxFootprints = Math.max(1, maxFootprints);
    }

    /**
     * The answer's event and its data ({@code requestEventId} plus {@code pfs} or {@code error}); {@code footprints}
     * are those sent.
     */
    public record Answer(PactEventKind kind, ObjectNode data, List<ProductFootprint> footprints) {
    }

    /** The answer to request {@code requestEventId} received on {@code /<apiVersion>/events} (3 or 2). */
    public Answer answer(String requestEventId, int apiVersion, Map<String, List<String>> criteria) {
        ObjectNode data = json.createObjectNode().put("requestEventId", requestEventId);
        Map<String, List<String>> filter = new LinkedHashMap<>(criteria);
        filter.putIfAbsent("status", List.of(ProductFootprint.ACTIVE));
        List<ProductFootprint> found = catalogue.matching(PactFilter.of(filter), maxFootprints);
        String matching = (criteria.containsKey("status") ? "" : "Active ") + "footprint matches " + criteria;
        List<ProductFootprint> sent = found;
        List<?> documents = found;
        if (apiVersion == 2) {
            sent = found.stream().filter(pf -> v2.inexpressible(pf).isEmpty()).toList();
            documents = v2.toV2(sent);
            if (sent.isEmpty() && !found.isEmpty()) {
                matching = "footprint that PACT v2.3 can express matches " + criteria + " (" + found.size()
                        + " found are served at /3/footprints only)";
            }
        }
        if (sent.isEmpty()) {
            data.putObject("error").put("code", PactError.NOT_FOUND).put("message", "No " + matching);
            return new Answer(PactEventKind.REQUEST_REJECTED, data, List.of());
        }
        data.putArray("pfs").addAll(documents.stream().map(pf -> (JsonNode) json.valueToTree(pf)).toList());
        return new Answer(PactEventKind.REQUEST_FULFILLED, data, sent);
    }
}
