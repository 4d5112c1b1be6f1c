package org.copperpcf.kit.pact;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copperpcf.kit.tls.DevelopmentCertificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of another organisation's PACT host: authenticates as PACT prescribes (OpenID discovery at
 * {@code <auth-base>/.well-known/openid-configuration}, falling back to {@code <auth-base>/auth/token}; client
 * credentials as HTTP Basic), keeps the token until shortly before it expires, lists footprints page by page along
 * the {@code Link: rel="next"} header, and posts CloudEvents. Without credentials it calls anonymously, which is what
 * a requester's events endpoint gets when nobody registered credentials for it. A host with a development certificate
 * is reached by pinning that certificate; otherwise the JVM's trust store applies.
 */
public final class PactPartner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^,;]+)*)");
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

    /** Where a partner is and how to authenticate there; the credentials and the pinned certificate are optional. */
    public record Connection(URI baseUrl, Optional<URI> authBaseUrl, Optional<String> clientId,
                             Optional<String> clientSecret, Optional<String> certificatePem) {
        public Connection {
            if (!"https".equalsIgnoreCase(baseUrl.getScheme())) {
                throw new IllegalArgumentException("a PACT host is reached over https only, not " + baseUrl);
            }
        }

        public boolean hasCredentials() {
            return clientId.isPresent() && clientSecret.isPresent();
        }
    }

    /** A call the partner refused or could not answer; {@code status} 0 when it was not reached at all. */
    public static final class PartnerException extends RuntimeException {
        private final int status;

        public PartnerException(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** One page of a footprint list: the documents and the next page's absolute URL if there is one. */
    public record Page(List<JsonNode> footprints, Optional<URI> next) {
    }

    private final Connection connection;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public PactPartner(Connection connection, Duration timeout, Clock clock) {
        this.connection = connection;
        this.timeout = timeout;
        this.clock = clock;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        connection.certificatePem().ifPresent(pem -> builder.sslContext(DevelopmentCertificate.trusting(pem)));
        this.http = builder.build();
    }

    public PactPartner(Connection connection) {
        this(connection, Duration.ofSeconds(20), Clock.systemUTC());
    }

    /** The first page of {@code /<version>/footprints} with these filters (repeatable values) and limit. */
    public Page firstPage(int apiVersion, Map<String, List<String>> filters, int limit) {
        StringBuilder query = new StringBuilder("limit=").append(limit);
        filters.forEach((name, values) -> values.forEach(value -> query.append('&').append(encode(name))
                .append('=').append(encode(value))));
        return page(resolve("/" + apiVersion + "/footprints?" + query));
    }

    /** The page at {@code url} (a {@link Page#next()} link). */
    public Page page(URI url) {
        HttpResponse<String> response = authorised(url, HttpRequest.newBuilder(url).GET());
        expectOk(response, url);
        JsonNode body = parse(response, url);
        List<JsonNode> footprints = new ArrayList<>();
        body.path("data").forEach(footprints::add);
        return new Page(footprints, nextLink(response.headers().allValues("link"), url));
    }

    /** {@code /<version>/footprints/{id}}, or empty on 404. */
    public Optional<JsonNode> footprint(int apiVersion, String id) {
        URI url = resolve("/" + apiVersion + "/footprints/" + encode(id));
        HttpResponse<String> response = authorised(url, HttpRequest.newBuilder(url).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        expectOk(response, url);
        return Optional.of(parse(response, url).path("data"));
    }

    /** Posts a structured-mode CloudEvent to {@code eventsUrl}; any 2xx is success. */
    public void postEvent(URI eventsUrl, JsonNode cloudEvent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(eventsUrl)
                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(cloudEvent.toString()));
        HttpResponse<String> response = authorised(eventsUrl, request);
        if (response.statusCode() / 100 != 2) {
            throw new PartnerException(response.statusCode(), eventsUrl + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()), null);
        }
    }

    /** The partner's events endpoint: its base URL with {@code /<version>/events}. */
    public URI eventsUrl(int apiVersion) {
        return resolve("/" + apiVersion + "/events");
    }

    private HttpResponse<String> authorised(URI url, HttpRequest.Builder request) {
        request.timeout(timeout).header("Accept", "application/json");
        if (!connection.hasCredentials()) {
            return send(request.build(), url);
        }
        HttpResponse<String> response = send(request.copy().header("Authorization", "Bearer " + token(false))
                .build(), url);
        if (response.statusCode() == 401) {
            response = send(request.header("Authorization", "Bearer " + token(true)).build(), url);
        }
        return response;
    }

    private synchronized String token(boolean renew) {
        if (!renew && token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        URI endpoint = tokenEndpoint();
        String basic = Base64.getEncoder().encodeToString((connection.clientId().orElseThrow() + ":"
                + connection.clientSecret().orElseThrow()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        HttpResponse<String> response = send(request, endpoint);
        expectOk(response, endpoint);
        JsonNode body = parse(response, endpoint);
        String accessToken = body.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new PartnerException(response.statusCode(), endpoint + " returned no access_token", null);
        }
        long lifetime = body.path("expires_in").asLong(300);
        token = accessToken;
        tokenExpires = clock.instant().plusSeconds(lifetime).minus(EXPIRY_MARGIN);
        return token;
    }

    private URI tokenEndpoint() {
        URI authBase = connection.authBaseUrl().orElse(connection.baseUrl());
        URI discovery = resolve(authBase, "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(discovery).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), discovery);
            if (response.statusCode() == 200) {
                String endpoint = parse(response, discovery).path("token_endpoint").asText("");
                if (!endpoint.isEmpty()) {
                    return discovery.resolve(endpoint);
                }
            }
        } catch (PartnerException notOffered) {
            // Discovery is optional for PACT hosts; the fixed path below is the fallback the spec names.
        }
        return resolve(authBase, "/auth/token");
    }

    private HttpResponse<String> send(HttpRequest request, URI url) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PartnerException(0, url + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerException(0, "interrupted while calling " + url, e);
        }
    }

    private URI resolve(String path) {
        return resolve(connection.baseUrl(), path);
    }

    private static URI resolve(URI base, String path) {
        String root = base.toString().replaceAll("/+$", "");
        return URI.create(root + path);
    }

    private static void expectOk(HttpResponse<String> response, URI url) {
        if (response.statusCode() != 200) {
            throw new PartnerException(response.statusCode(), url + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()), null);
        }
    }

    private static JsonNode parse(HttpResponse<String> response, URI url) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new PartnerException(response.statusCode(), url + " answered with a body that is not JSON", e);
        }
    }

    /** The {@code rel="next"} target of RFC 8288 Link headers, resolved against the request URL. */
    static Optional<URI> nextLink(List<String> headers, URI requested) {
        for (String header : headers) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                for (String parameter : link.group(2).split(";")) {
                    String[] pair = parameter.trim().split("=", 2);
                    if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("rel")
                            && List.of(pair[1].trim().replace("\"", "").split("\\s+")).contains("next")) {
                        return Optional.of(requested.resolve(link.group(1).trim()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
