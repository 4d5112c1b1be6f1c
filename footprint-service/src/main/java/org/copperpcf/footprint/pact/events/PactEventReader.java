package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.pact.PactSchema;
import org.copperpcf.kit.problem.Violation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;

/**
 * Reads a PACT event posted to {@code /3/events} or {@code /2/events}: a CloudEvents 1.0 event in structured mode
 * ({@code specversion} "1.0", a non-empty string {@code id} and {@code source}, an RFC 3339 {@code time}, a
 * {@code type} of this API version, a {@code data} object) whose data is what its type needs:
 * <ul>
 * <li>Published: a non-empty {@code pfIds} of UUIDs;</li>
 * <li>RequestCreated: v3 filter criteria (each a string or an array of strings) and an optional string
 * {@code comment}; v2.3 a {@code pf} fragment of a ProductFootprint, whose {@code productIds}, {@code companyIds},
 * {@code productCategoryCpc} and geography fields become the same criteria; and a {@code source} we can answer at
 * ({@link ReplyUrls});</li>
 * <li>RequestFulfilled: a {@code requestEventId} and a non-empty {@code pfs};</li>
 * <li>RequestRejected: a {@code requestEventId} and an {@code error} with string {@code code} and
 * {@code message}.</li>
 * </ul>
 * These checks are our own, so they hold without the PACT specification at hand. When its OpenAPI files are given
 * (a directory with {@code v3/openapi.yaml} and {@code v2/openapi.yaml}), the event is also validated against the
 * file's schema of its type (RequestCreated excepted: its v3 schema refers to {@code components.parameters}, which
 * the schema loader does not carry; our checks cover it), so that for instance the ProductFootprints of a
 * RequestFulfilled must be valid ones. Bogus criteria values (unknown URNs, impossible dates) are not malformed: the
 * request is answered with a RequestRejected, as {@code GET /3/footprints} answers them with an empty list.
 */
public final class PactEventReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The v3 filter criteria that take one or more values. */
    private static final List<String> LIST_CRITERIA = List.of("productId", "companyId", "geography", "classification");
    /** The v3 filter criteria that take one value. */
    private static final List<String> SINGLE_CRITERIA = List.of("validOn", "validAfter", "validBefore", "status");

    private final Map<Integer, Map<PactEventKind, PactSchema>> schemas = new LinkedHashMap<>();

    /** Reads events with our own checks and, if {@code specDirectory} holds the PACT OpenAPI files, their schemas. */
    public PactEventReader(Optional<Path> specDirectory) {
        specDirectory.ifPresent(directory -> {
            for (int version : List.of(3, 2)) {
                Path openapi = directory.resolve("v" + version).resolve("openapi.yaml");
                if (!Files.isRegularFile(openapi)) {
                    Log.warnf("PACT events: %s not found; v%d events are checked without its schemas", openapi,
                            version);
                    continue;
                }
                Map<PactEventKind, PactSchema> byKind = new EnumMap<>(PactEventKind.class);
                for (PactEventKind kind : PactEventKind.values()) {
                    if (kind != PactEventKind.REQUEST_CREATED) {
                        byKind.put(kind, PactSchema.load(openapi, kind.component()));
                    }
                }
                schemas.put(version, byKind);
            }
        });
    }

    /** Whether events of {@code apiVersion} are also checked against PACT's schemas. */
    public boolean checksSchemas(int apiVersion) {
        return schemas.containsKey(apiVersion);
    }

    /** The event in {@code body} as posted to {@code /<apiVersion>/events}; throws {@link MalformedPactEvent}. */
    public PactEvent read(int apiVersion, String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedPactEvent("body", "is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedPactEvent("body", "must be a CloudEvent: a JSON object");
        }
        ObjectNode event = (ObjectNode) tree;
        JsonNode specversion = event.get("specversion");
        if (specversion == null || specversion.isNull()) {
            throw new MalformedPactEvent("specversion", "is missing; CloudEvents 1.0 needs \"1.0\"");
        }
        if (!specversion.isTextual() || !specversion.textValue().equals("1.0")) {
            throw new MalformedPactEvent("specversion", "must be \"1.0\", not " + specversion);
        }
        String id = requiredText(event, "id", "id");
        String source = requiredText(event, "source", "source");
        String type = requiredText(event, "type", "type");
        PactEventKind kind = PactEventKind.of(apiVersion, type).orElseThrow(() -> unknownType(apiVersion, type));
        Instant time = time(event);
        JsonNode data = event.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedPactEvent("data", data == null ? "is missing" : "must be an object");
        }
        List<UUID> pfIds = List.of();
        Map<String, List<String>> criteria = Map.of();
        Optional<URI> replyUrl = Optional.empty();
        switch (kind) {
            case PUBLISHED -> pfIds = pfIds(data);
            case REQUEST_CREATED -> {
                criteria = apiVersion == 2 ? fragmentCriteria(data) : criteria(data);
                optionalText(data, "comment", "data.comment");
                replyUrl = Optional.of(ReplyUrls.of(source, apiVersion).orElseThrow(() -> new MalformedPactEvent(
                        "source", "must be the requester's https URL, where the answer goes; got \"" + source
                                + "\"")));
            }
            case REQUEST_FULFILLED -> {
                requiredText(data, "requestEventId", "data.requestEventId");
                JsonNode pfs = data.get("pfs");
                if (pfs == null || !pfs.isArray() || pfs.isEmpty()) {
                    throw new MalformedPactEvent("data.pfs", "must be a non-empty array of ProductFootprints");
                }
                for (int i = 0; i < pfs.size(); i++) {
                    if (!pfs.get(i).isObject()) {
                        throw new MalformedPactEvent("data.pfs[" + i + "]", "must be a ProductFootprint object");
                    }
                }
            }
            case REQUEST_REJECTED -> {
                requiredText(data, "requestEventId", "data.requestEventId");
                JsonNode error = data.get("error");
                if (error == null || !error.isObject()) {
                    throw new MalformedPactEvent("data.error", "must be an object with code and message");
                }
                requiredText(error, "code", "data.error.code");
                requiredText(error, "message", "data.error.message");
            }
        }
        PactSchema schema = schemas.getOrDefault(apiVersion, Map.of()).get(kind);
        if (schema != null) {
            List<Violation> violations = schema.violations(event);
            if (!violations.isEmpty()) {
                Violation first = violations.getFirst();
                String message = first.message().startsWith(first.field() + ": ")
                        ? first.message().substring(first.field().length() + 2) : first.message();
                throw new MalformedPactEvent(field(first.field()), message + (violations.size() > 1
                        ? " (and " + (violations.size() - 1) + " more violation(s) of the " + kind.component()
                        + " schema)" : ""));
            }
        }
        return new PactEvent(apiVersion, kind, id, source, time, event, pfIds, criteria, replyUrl);
    }

    /** A schema violation's location as our messages name fields: {@code /data/pfs/0} → {@code data.pfs[0]}. */
    private static String field(String location) {
        if (!location.startsWith("/")) {
            return location;
        }
        StringBuilder field = new StringBuilder();
        for (String segment : location.substring(1).split("/")) {
            if (segment.matches("\\d+")) {
                field.append('[').append(segment).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static MalformedPactEvent unknownType(int apiVersion, String type) {
        int other = apiVersion == 3 ? 2 : 3;
        if (PactEventKind.of(other, type).isPresent()) {
            return new MalformedPactEvent("type", "\"" + type + "\" is a PACT v" + other + " event; post it to /"
                    + other + "/events");
        }
        List<String> known = new ArrayList<>();
        for (PactEventKind kind : PactEventKind.values()) {
            known.add(kind.type(apiVersion));
        }
        return new MalformedPactEvent("type", "unknown event type \"" + type + "\"; /" + apiVersion
                + "/events takes " + String.join(", ", known));
    }

    private static Instant time(ObjectNode event) {
        String text = requiredText(event, "time", "time");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedPactEvent("time", "must be an RFC 3339 date-time, e.g. 2025-03-05T17:31:00Z; got \""
                    + text + "\"");
        }
    }

    private static List<UUID> pfIds(JsonNode data) {
        JsonNode ids = data.get("pfIds");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw new MalformedPactEvent("data.pfIds", "must be a non-empty array of ProductFootprint ids (UUIDs)");
        }
        List<UUID> pfIds = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            UUID uuid = id.isTextual() ? uuid(id.textValue()) : null;
            if (uuid == null) {
                throw new MalformedPactEvent("data.pfIds[" + i + "]", "is not a UUID: " + id);
            }
            pfIds.add(uuid);
        }
        return List.copyOf(pfIds);
    }

    /** The v3 criteria: list criteria as a string or an array of strings, single criteria as a string. */
    private static Map<String, List<String>> criteria(JsonNode data) {
        Map<String, List<String>> criteria = new LinkedHashMap<>();
        for (String name : LIST_CRITERIA) {
            values(data.get(name), "data." + name).ifPresent(values -> criteria.put(name, values));
        }
        for (String name : SINGLE_CRITERIA) {
            optionalText(data, name, "data." + name).ifPresent(value -> criteria.put(name, List.of(value)));
        }
        return criteria;
    }

    /** The v2.3 criteria: the fields of the {@code pf} fragment that name the requested footprints. */
    private static Map<String, List<String>> fragmentCriteria(JsonNode data) {
        JsonNode pf = data.get("pf");
        if (pf == null || !pf.isObject()) {
            throw new MalformedPactEvent("data.pf", pf == null ? "is missing: a v2 request names the footprints it "
                    + "wants by a ProductFootprint fragment" : "must be an object (a ProductFootprint fragment)");
        }
        Map<String, List<String>> criteria = new LinkedHashMap<>();
        values(pf.get("productIds"), "data.pf.productIds").ifPresent(values -> criteria.put("productId", values));
        values(pf.get("companyIds"), "data.pf.companyIds").ifPresent(values -> criteria.put("companyId", values));
        values(pf.get("productCategoryCpc"), "data.pf.productCategoryCpc")
                .ifPresent(values -> criteria.put("classification", values));
        optionalText(pf, "status", "data.pf.status").ifPresent(value -> criteria.put("status", List.of(value)));
        JsonNode pcf = pf.path("pcf");
        List<String> geography = new ArrayList<>();
        for (String field : List.of("geographyCountry", "geographyRegionOrSubregion", "geographyCountrySubdivision")) {
            optionalText(pcf, field, "data.pf.pcf." + field).ifPresent(geography::add);
        }
        if (!geography.isEmpty()) {
            criteria.put("geography", List.copyOf(geography));
        }
        return criteria;
    }

    private static Optional<List<String>> values(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(List.of(node.textValue()));
        }
        if (!node.isArray()) {
            throw new MalformedPactEvent(field, "must be a string or an array of strings");
        }
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new MalformedPactEvent(field + "[" + i + "]", "must be a string, not " + node.get(i));
            }
            values.add(node.get(i).textValue());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(values));
    }

    private static String requiredText(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new MalformedPactEvent(field, "is missing");
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new MalformedPactEvent(field, "must be a non-empty string");
        }
        return value.textValue();
    }

    private static Optional<String> optionalText(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new MalformedPactEvent(field, "must be a string");
        }
        return Optional.of(value.textValue());
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
