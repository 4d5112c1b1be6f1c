package org.copperpcf.footprint.pact;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * PACT's error body, {@code {"code", "message"}}, used on the PACT paths instead of problem+json; {@code code} is one
 * of the spec's (openapi.yaml, {@code Error}).
 */
public record PactError(String code, String message) {
    public static final String BAD_REQUEST = "BadRequest";
    public static final String ACCESS_DENIED = "AccessDenied";
    public static final String TOKEN_EXPIRED = "TokenExpired";
    public static final String NOT_FOUND = "NotFound";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String NOT_IMPLEMENTED = "NotImplemented";
    /**
     * The 404 code on {@code /2/…}: PACT v2.0–2.2's name for it. The 2.3.3 OpenAPI file lists {@code NotFound}
     * ("404 NoSuchFootprint") but PACT's conformance suite expects {@code NoSuchFootprint} (or BadRequest) for an
     * unknown id on {@code /2/footprints/{id}}, and the suite decides conformance.
     */
    public static final String NO_SUCH_FOOTPRINT = "NoSuchFootprint";

    public static Response response(int status, String code, String message) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new PactError(code, message));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        return response.build();
    }

    public static Response notFound(String message) {
        return response(404, NOT_FOUND, message);
    }
}
