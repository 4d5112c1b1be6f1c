package org.copperpcf.contracts;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.MapperFeature;

/**
 * The one place that writes and reads events. Decimals travel as JSON strings so that audit numbers round-trip
 * exactly; times are ISO-8601 UTC; unknown fields are ignored, so v1 can grow additively. JSON carried as a tree
 * (a PACT document inside a payload) keeps its numbers exact too: floats become {@code BigDecimal} with their scale.
 */
public final class EventJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .withConfigOverride(BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    /** Same output, with object keys in a fixed order, so equal content always hashes equally. */
    private static final ObjectMapper CANONICAL = MAPPER.rebuild()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private EventJson() {
    }

    /** A payload or model as JSON in the event conventions (decimals as strings), e.g. for storing it. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** Reads what {@link #toJson(Object)} wrote. */
    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses any JSON the way event data is read: floating-point numbers as {@code BigDecimal} with their scale, so
     * a document put into a payload (e.g. a PACT footprint) comes out of the event exactly as it went in.
     */
    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code sha256:<hex>} of the canonical JSON of {@code value}: what lineage records to prove which content
     * produced a result. Decimals keep their scale ({@code 1.0} and {@code 1} hash differently), as stored.
     */
    public static String contentHash(Object value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(value));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The canonical JSON of {@code value} as UTF-8: object keys sorted, no whitespace, decimals as strings with their
     * scale. What {@link #contentHash} hashes, and what a signature signs.
     */
    public static byte[] canonical(Object value) {
        try {
            return CANONICAL.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write event " + event.id(), e);
        }
    }

    /** Parses a record value and checks the required CloudEvents attributes. */
    public static CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a CloudEvent: " + e.getOriginalMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new InvalidEventException("unsupported specversion " + event.specversion());
        }
        if (event.id() == null || event.source() == null || event.type() == null) {
            throw new InvalidEventException("a CloudEvent needs id, source and type");
        }
        return event;
    }

    static JsonNode toTree(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    static <T> T fromTree(JsonNode data, Class<T> type) {
        if (data == null || data.isNull()) {
            throw new InvalidEventException("the event has no data");
        }
        try {
            return MAPPER.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("data is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
