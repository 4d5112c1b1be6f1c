package org.copperpcf.kit.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copperpcf.kit.testing.PactHostDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PactPartnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsEveryPageAlongTheLinkHeaderWithOneTokenAndPostsEvents(@TempDir Path directory) {
        try (PactHostDouble host = PactHostDouble.start(directory)) {
            for (int i = 0; i < 5; i++) {
                host.serve(JSON.createObjectNode().put("id", "00000000-0000-4000-8000-00000000000" + i));
            }
            PactPartner partner = new PactPartner(connection(host, host.clientId, host.clientSecret));

            List<JsonNode> all = new ArrayList<>();
            PactPartner.Page page = partner.firstPage(3, Map.of(), 2);
            all.addAll(page.footprints());
            while (page.next().isPresent()) {
                page = partner.page(page.next().get());
                all.addAll(page.footprints());
            }
            assertEquals(5, all.size());
            assertEquals("00000000-0000-4000-8000-000000000004", all.get(4).path("id").asText());
            assertTrue(partner.footprint(3, "00000000-0000-4000-8000-000000000003").isPresent());
            assertTrue(partner.footprint(3, "00000000-0000-4000-8000-00000000000f").isEmpty());

            partner.postEvent(partner.eventsUrl(3), JSON.createObjectNode().put("type", "test"));
            assertEquals(1, host.tokenRequests(), "one token for every call while it is valid");
            PactHostDouble.ReceivedEvent received = host.events().get(0);
            assertEquals("/3/events", received.path());
            assertTrue(received.authorization().orElseThrow().startsWith("Bearer "));

            host.failNextEvents(1);
            PactPartner.PartnerException refused = assertThrows(PactPartner.PartnerException.class,
                    () -> partner.postEvent(partner.eventsUrl(3), JSON.createObjectNode()));
            assertEquals(503, refused.status());
        }
    }

    @Test
    void wrongCredentialsAnUnpinnedCertificateAndPlainHttpAreRefused(@TempDir Path directory) {
        try (PactHostDouble host = PactHostDouble.start(directory)) {
            PactPartner wrongSecret = new PactPartner(connection(host, host.clientId, "wrong"));
            assertEquals(401, assertThrows(PactPartner.PartnerException.class,
                    () -> wrongSecret.firstPage(3, Map.of(), 10)).status());

            PactPartner unpinned = new PactPartner(new PactPartner.Connection(host.baseUrl(), Optional.empty(),
                    Optional.of(host.clientId), Optional.of(host.clientSecret), Optional.empty()));
            assertEquals(0, assertThrows(PactPartner.PartnerException.class,
                    () -> unpinned.firstPage(3, Map.of(), 10)).status(), "the JVM does not trust a development host");

            assertThrows(IllegalArgumentException.class, () -> new PactPartner.Connection(
                    URI.create(host.baseUrl().toString().replace("https", "http")), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));

            PactPartner anonymous = new PactPartner(connection(host, null, null));
            assertEquals(401, assertThrows(PactPartner.PartnerException.class,
                    () -> anonymous.postEvent(anonymous.eventsUrl(3), JSON.createObjectNode())).status());
            host.acceptAnonymousEvents = true;
            anonymous.postEvent(anonymous.eventsUrl(3), JSON.createObjectNode());
            assertFalse(host.events().get(0).authorization().isPresent());
        }
    }

    @Test
    void findsTheNextLinkAmongSeveral() {
        URI base = URI.create("https://host.example/3/footprints?limit=2");
        assertEquals(Optional.of(URI.create("https://host.example/3/footprints?limit=2&offset=2")),
                PactPartner.nextLink(List.of("<https://host.example/3/footprints?limit=2&offset=0>; rel=\"first\", "
                        + "<https://host.example/3/footprints?limit=2&offset=2>; rel=\"next\""), base));
        assertEquals(Optional.of(URI.create("https://host.example/3/footprints?page=3")),
                PactPartner.nextLink(List.of("</3/footprints?page=3>; rel=next"), base));
        assertEquals(Optional.empty(), PactPartner.nextLink(List.of(), base));
    }

    private static PactPartner.Connection connection(PactHostDouble host, String clientId, String secret) {
        return new PactPartner.Connection(host.baseUrl(), Optional.empty(), Optional.ofNullable(clientId),
                Optional.ofNullable(secret), Optional.of(host.certificatePem()));
    }
}
