package org.copperpcf.footprint.pact.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The checks of received PACT events, with PACT's schemas (the spec copy beside the repo) and without. */
class PactEventReaderTest {
    private static final PactEventReader WITH_SCHEMAS = new PactEventReader(Optional.of(Path.of("../../shared/pact")));
    private static final PactEventReader OWN_RULES = new PactEventReader(Optional.empty());
    private static final String PUBLISHED = """
            {"specversion":"1.0","id":"run-1/15","source":"https://partner.example/webhook/",
             "time":"2025-03-05T17:31:00Z","type":"org.wbcsd.pact.ProductFootprint.PublishedEvent.3",
             "data":{"pfIds":["3a6c14a7-4deb-498a-b5cc-1b6b9c2f9b7c"]}}""";
    private static final String REQUEST = """
            {"specversion":"1.0","id":"run-1/13","source":"https://conformance.example/webhook/",
             "time":"2025-03-05T17:31:00Z","type":"org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
             "data":{"productId":["urn:gtin:4712345060507","urn:pact:null"],"geography":"CN","comment":"please"}}""";

    @Test
    void readsAPublishedEventWithAnIdThatIsNoUuid() {
        for (PactEventReader reader : List.of(WITH_SCHEMAS, OWN_RULES)) {
            PactEvent event = reader.read(3, PUBLISHED);
            assertEquals(PactEventKind.PUBLISHED, event.kind());
            assertEquals("run-1/15", event.id());
            assertEquals(List.of(UUID.fromString("3a6c14a7-4deb-498a-b5cc-1b6b9c2f9b7c")), event.pfIds());
        }
        assertTrue(WITH_SCHEMAS.checksSchemas(3) && WITH_SCHEMAS.checksSchemas(2));
    }

    @Test
    void readsTheCriteriaOfARequestAndWhereToAnswerIt() {
        PactEvent event = WITH_SCHEMAS.read(3, REQUEST);
        assertEquals(Map.of("productId", List.of("urn:gtin:4712345060507", "urn:pact:null"),
                "geography", List.of("CN")), event.criteria());
        assertEquals(Optional.of(URI.create("https://conformance.example/webhook/3/events")), event.replyUrl());
    }

    @Test
    void readsAV2RequestByItsFootprintFragment() {
        PactEvent event = WITH_SCHEMAS.read(2, """
                {"specversion":"1.0","id":"r-2","source":"//buyer.example/2/events","time":"2025-03-05T17:31:00Z",
                 "type":"org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1",
                 "data":{"pf":{"productIds":["urn:gtin:1"],"pcf":{"geographyCountry":"CN"}},"comment":"x"}}""");
        assertEquals(PactEventKind.REQUEST_CREATED, event.kind());
        assertEquals(Map.of("productId", List.of("urn:gtin:1"), "geography", List.of("CN")), event.criteria());
        assertEquals(Optional.of(URI.create("https://buyer.example/2/events")), event.replyUrl());
    }

    @Test
    void namesTheFieldOfEachMalformedEvent() {
        assertMalformed("data.pfIds[0]", 3, PUBLISHED.replace("3a6c14a7-4deb-498a-b5cc-1b6b9c2f9b7c",
                "urn:gtin:4712345060507"));
        assertMalformed("data.pfIds", 3, PUBLISHED.replace("[\"3a6c14a7-4deb-498a-b5cc-1b6b9c2f9b7c\"]", "[]"));
        assertMalformed("id", 3, PUBLISHED.replace("\"id\":\"run-1/15\",", ""));
        assertMalformed("id", 3, PUBLISHED.replace("\"run-1/15\"", "15"));
        assertMalformed("source", 3, PUBLISHED.replace("\"https://partner.example/webhook/\"", "\"\""));
        assertMalformed("specversion", 3, PUBLISHED.replace("\"specversion\":\"1.0\",", ""));
        assertMalformed("specversion", 3, PUBLISHED.replace("\"1.0\"", "\"0.3\""));
        assertMalformed("type", 3, PUBLISHED.replace("\"type\":\"org.wbcsd.pact.ProductFootprint.PublishedEvent.3\",",
                ""));
        assertMalformed("type", 3, PUBLISHED.replace("PublishedEvent.3", "DeletedEvent.3"));
        assertMalformed("type", 2, PUBLISHED);
        assertMalformed("time", 3, PUBLISHED.replace("2025-03-05T17:31:00Z", "yesterday"));
        assertMalformed("data", 3, PUBLISHED.replaceAll(",\\s*\"data\":\\{.*}}", "}"));
        assertMalformed("body", 3, "{not json");
        assertMalformed("body", 3, "[]");
        assertMalformed("data.productId[0]", 3, REQUEST.replace("\"urn:gtin:4712345060507\"", "7"));
        assertMalformed("data.comment", 3, REQUEST.replace("\"please\"", "{}"));
        assertMalformed("source", 3, REQUEST.replace("https://conformance.example/webhook/", "urn:example:buyer"));
        assertMalformed("data.requestEventId", 3, """
                {"specversion":"1.0","id":"a","source":"https://x.example","time":"2025-03-05T17:31:00Z",
                 "type":"org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3",
                 "data":{"error":{"code":"NotFound","message":"none"}}}""");
        assertMalformed("data.error.message", 3, """
                {"specversion":"1.0","id":"a","source":"https://x.example","time":"2025-03-05T17:31:00Z",
                 "type":"org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3",
                 "data":{"requestEventId":"r","error":{"code":"NotFound"}}}""");
        assertMalformed("data.pfs", 3, """
                {"specversion":"1.0","id":"a","source":"https://x.example","time":"2025-03-05T17:31:00Z",
                 "type":"org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3",
                 "data":{"requestEventId":"r","pfs":[]}}""");
    }

    @Test
    void checksTheFootprintsOfAFulfilledRequestAgainstPactsSchema() {
        String fulfilled = """
                {"specversion":"1.0","id":"a","source":"https://x.example","time":"2025-03-05T17:31:00Z",
                 "type":"org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3",
                 "data":{"requestEventId":"r","pfs":[{"id":"not-a-footprint"}]}}""";
        assertEquals(PactEventKind.REQUEST_FULFILLED, OWN_RULES.read(3, fulfilled).kind());
        MalformedPactEvent malformed = assertThrows(MalformedPactEvent.class, () -> WITH_SCHEMAS.read(3, fulfilled));
        assertTrue(malformed.field().startsWith("data.pfs[0]"), malformed.getMessage());
    }

    @Test
    void normalisesWhereAnswersGo() {
        assertEquals(URI.create("https://a.example/webhook/3/events"),
                ReplyUrls.of("http://a.example/webhook/", 3).orElseThrow());
        assertEquals(URI.create("https://a.example:8443/3/events"),
                ReplyUrls.of("https://a.example:8443/3/events/", 3).orElseThrow());
        assertEquals(URI.create("https://api.example.com/3/events"),
                ReplyUrls.of("//api.example.com/3/events", 3).orElseThrow());
        assertEquals(URI.create("https://a.example/2/events"), ReplyUrls.of("https://a.example?x=1", 2).orElseThrow());
        assertEquals(Optional.empty(), ReplyUrls.of("urn:example:buyer", 3));
        assertEquals(Optional.empty(), ReplyUrls.of("ftp://a.example", 3));
        assertEquals(Optional.empty(), ReplyUrls.of("/relative/path", 3));
    }

    private static void assertMalformed(String field, int apiVersion, String body) {
        for (PactEventReader reader : List.of(WITH_SCHEMAS, OWN_RULES)) {
            MalformedPactEvent malformed = assertThrows(MalformedPactEvent.class, () -> reader.read(apiVersion, body),
                    body);
            assertEquals(field, malformed.field(), malformed.getMessage());
        }
    }
}
