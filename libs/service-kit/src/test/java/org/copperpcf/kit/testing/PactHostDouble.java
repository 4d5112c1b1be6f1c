package org.copperpcf.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.copperpcf.kit.tls.DevelopmentCertificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Another organisation's PACT host, for tests: HTTPS with a development certificate (pin {@link #certificatePem()}),
 * OpenID discovery, {@code /auth/token} for one client, {@code /3/footprints} with {@code limit} and an absolute
 * {@code Link: rel="next"}, {@code /3/footprints/{id}}, and {@code /3/events} and {@code /2/events}, which record what
 * they receive (and can be told to fail the next few deliveries, to exercise retries). Only bearer tokens it issued
 * are accepted, except on the events endpoints when {@link #acceptAnonymousEvents} is set, as the conformance
 * suite's listener does.
 */
public final class PactHostDouble implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event the host received: the path, the Authorization header (if any) and the body. */
    public record ReceivedEvent(String path, Optional<String> authorization, JsonNode body) {
    }

    public final String clientId = "double-client-" + UUID.randomUUID();
    public final String clientSecret = UUID.randomUUID().toString();
    public volatile boolean acceptAnonymousEvents;
    private final HttpsServer server;
    private final String certificatePem;
    private final List<JsonNode> footprints = new CopyOnWriteArrayList<>();
    private final List<ReceivedEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private final AtomicInteger failingEvents = new AtomicInteger();
    private final AtomicInteger tokenRequests = new AtomicInteger();

    private PactHostDouble(HttpsServer server, String certificatePem) {
        this.server = server;
        this.certificatePem = certificatePem;
    }

    /** Starts on a free port of 127.0.0.1 with a key store under {@code directory}. */
    public static PactHostDouble start(Path directory) {
        try {
            Path keyStore = DevelopmentCertificate.ensure(directory.resolve("pact-host-double.p12"));
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(DevelopmentCertificate.serverContext(keyStore)));
            PactHostDouble host = new PactHostDouble(server, DevelopmentCertificate.pem(keyStore));
            server.createContext("/", host::handle);
            server.start();
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code https://localhost:<port>}, which the development certificate names. */
    public URI baseUrl() {
        return URI.create("https://localhost:" + server.getAddress().getPort());
    }

    public String certificatePem() {
        return certificatePem;
    }

    /** Serves {@code footprint} (a ProductFootprint) from now on, after those already served. */
    public void serve(JsonNode footprint) {
        footprints.add(footprint);
    }

    public List<ReceivedEvent> events() {
        return List.copyOf(events);
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** The next {@code count} event deliveries are answered 503. */
    public void failNextEvents(int count) {
        failingEvents.set(count);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/.well-known/openid-configuration") && method.equals("GET")) {
                ObjectNode discovery = JSON.createObjectNode().put("issuer", baseUrl().toString())
                        .put("token_endpoint", baseUrl() + "/auth/token");
                respond(exchange, 200, discovery);
            } else if (path.equals("/auth/token") && method.equals("POST")) {
                token(exchange);
            } else if (path.matches("/[23]/events") && method.equals("POST")) {
                event(exchange, path);
            } else if (!authorised(exchange)) {
                respond(exchange, 401, error("BadRequest", "Invalid token provided"));
            } else if (path.equals("/3/footprints") && method.equals("GET")) {
                list(exchange);
            } else if (path.startsWith("/3/footprints/") && method.equals("GET")) {
                String id = path.substring("/3/footprints/".length());
                Optional<JsonNode> found = footprints.stream().filter(f -> f.path("id").asText().equals(id))
                        .findFirst();
                if (found.isPresent()) {
                    respond(exchange, 200, JSON.createObjectNode().set("data", found.get()));
                } else {
                    respond(exchange, 404, error("NotFound", "no footprint " + id));
                }
            } else {
                respond(exchange, 404, error("NotFound", "no such endpoint"));
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!form.contains("grant_type=client_credentials")) {
            respond(exchange, 400, JSON.createObjectNode().put("error", "unsupported_grant_type"));
        } else if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, JSON.createObjectNode().put("error", "invalid_client"));
        } else {
            String token = UUID.randomUUID().toString();
            issuedTokens.add(token);
            respond(exchange, 200, JSON.createObjectNode().put("access_token", token).put("token_type", "Bearer")
                    .put("expires_in", 3600));
        }
    }

    private void event(HttpExchange exchange, String path) throws IOException {
        Optional<String> authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!acceptAnonymousEvents && !authorised(exchange)) {
            respond(exchange, 401, error("BadRequest", "Invalid token provided"));
            return;
        }
        if (failingEvents.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            respond(exchange, 503, error("InternalError", "try again later"));
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readTree(in);
        } catch (IOException e) {
            respond(exchange, 400, error("BadRequest", "not JSON"));
            return;
        }
        events.add(new ReceivedEvent(path, authorization, body));
        exchange.sendResponseHeaders(200, -1);
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        int limit = Integer.parseInt(query.getOrDefault("limit", "1000"));
        int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        List<JsonNode> page = new ArrayList<>(footprints.subList(Math.min(offset, footprints.size()),
                Math.min(offset + limit, footprints.size())));
        if (offset + limit < footprints.size()) {
            exchange.getResponseHeaders().add("Link", "<" + baseUrl() + "/3/footprints?limit=" + limit
                    + "&offset=" + (offset + limit) + ">; rel=\"next\"");
        }
        ObjectNode body = JSON.createObjectNode();
        body.putArray("data").addAll(page);
        respond(exchange, 200, body);
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") && issuedTokens.contains(header.substring(7));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("code", code).put("message", message);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
