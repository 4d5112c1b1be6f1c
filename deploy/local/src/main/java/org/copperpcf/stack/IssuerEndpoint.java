package org.copperpcf.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copperpcf.infra.LocalIssuer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local stack's token endpoint, on loopback only: {@code POST /token} with a form body
 * {@code role=admin} (repeatable), optional {@code subject} and {@code supplier_id}, answers an access token the
 * services accept. It hands out any role to anyone on this machine, which is what a development stack needs and
 * why it never runs anywhere else; deployments verify tokens of a real issuer instead.
 */
final class IssuerEndpoint implements AutoCloseable {
    private static final Set<String> ROLES = Set.of("admin", "supplier", "buyer", "certifier");
    private static final Duration LIFETIME = Duration.ofHours(8);

    private final HttpServer server;
    private final LocalIssuer issuer;

    private IssuerEndpoint(HttpServer server, LocalIssuer issuer) {
        this.server = server;
        this.issuer = issuer;
    }

    static IssuerEndpoint start(LocalIssuer issuer, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        IssuerEndpoint endpoint = new IssuerEndpoint(server, issuer);
        server.createContext("/token", endpoint::token);
        server.createContext("/public-key.pem", endpoint::publicKey);
        server.start();
        return endpoint;
    }

    String tokenUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/token";
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"use POST\"}");
            return;
        }
        Map<String, List<String>> form = parseForm(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        List<String> roles = form.getOrDefault("role", List.of());
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            respond(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"role must be one or more of "
                    + ROLES + "\"}");
            return;
        }
        String supplierId = first(form, "supplier_id");
        if (roles.contains("supplier") && supplierId == null) {
            respond(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":"
                    + "\"a supplier token needs supplier_id\"}");
            return;
        }
        String subject = first(form, "subject") == null ? "local-" + String.join("-", roles) : first(form, "subject");
        Map<String, Object> claims = supplierId == null ? Map.of() : Map.of("supplier_id", supplierId);
        String token = issuer.mint(subject, roles, claims, LIFETIME);
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + LIFETIME.toSeconds() + "}");
    }

    private void publicKey(HttpExchange exchange) throws IOException {
        byte[] pem = Files.readAllBytes(issuer.publicKeyFile());
        exchange.getResponseHeaders().set("Content-Type", "application/x-pem-file");
        exchange.sendResponseHeaders(200, pem.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(pem);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return form;
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
