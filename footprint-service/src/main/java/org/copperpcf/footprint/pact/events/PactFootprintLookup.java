package org.copperpcf.footprint.pact.events;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The footprints a PACT request asks for: the ProductFootprints (as JSON of {@code apiVersion}'s data model) that
 * {@code GET /<apiVersion>/footprints} would list for the same criteria and the requesting client.
 */
public interface PactFootprintLookup {
    List<JsonNode> matching(String clientId, int apiVersion, Map<String, List<String>> criteria);
}
