package org.copperpcf.footprint.pact;

import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Guards the PACT surface. Its paths ({@code /3/…}, {@code /2/…}, {@code /auth/token} and the discovery document)
 * answer on the HTTPS port only: over plain HTTP they are refused with 403, so credentials and tokens never travel in
 * the clear (plain HTTP sent to the HTTPS port fails in the TLS handshake). The footprint and event paths also need a
 * bearer token from {@code /auth/token}: missing or unknown 401 BadRequest, expired 401 TokenExpired, and a valid one
 * sets {@link PactCaller}.
 */
public class PactRequestFilter {
    private final PactClientService clients;
    private final PactCaller caller;

    public PactRequestFilter(PactClientService clients, PactCaller caller) {
        this.clients = clients;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> guard(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        boolean api = path.startsWith("/3/") || path.startsWith("/2/");
        if (!api && !path.equals("/auth/token") && !path.equals("/.well-known/openid-configuration")) {
            return Optional.empty();
        }
        if (!http.isSSL()) {
            return Optional.of(PactError.response(403, PactError.ACCESS_DENIED,
                    "the PACT API is served over HTTPS only, on the HTTPS port"));
        }
        if (!api) {
            return Optional.empty();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7) : null;
        return switch (clients.resolve(token)) {
            case PactClientService.Resolution.Valid valid -> {
                caller.authenticated(valid.clientId());
                yield Optional.empty();
            }
            case PactClientService.Resolution.Expired expired ->
                    Optional.of(PactError.response(401, PactError.TOKEN_EXPIRED, "The access token has expired"));
            case PactClientService.Resolution.Invalid invalid ->
                    Optional.of(PactError.response(401, PactError.BAD_REQUEST, "Invalid token provided"));
        };
    }
}
