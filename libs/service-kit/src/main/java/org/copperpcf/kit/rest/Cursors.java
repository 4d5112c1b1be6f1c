package org.copperpcf.kit.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.copperpcf.kit.problem.ProblemException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Opaque cursors for paged lists, and the {@code Link: <…>; rel="next"} header that carries them. The position is
 * whatever the list sorts by (e.g. {@code createdAt|id}); clients only pass the cursor back.
 */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in {@code cursor}, or null for the first page; 400 naming {@code cursor} when it is garbage. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** 400 for a cursor whose position does not parse. */
    public static ProblemException invalid() {
        return ProblemException.invalid("cursor", "not a cursor from a previous page");
    }

    public static Response.ResponseBuilder withNext(Response.ResponseBuilder response, UriInfo uri, String nextPosition) {
        if (nextPosition == null) {
            return response;
        }
        return response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", encode(nextPosition)).build(),
                "next");
    }
}
