package org.copperpcf.footprint.pact;

import java.util.UUID;

import org.copperpcf.kit.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * An unexpected failure on the PACT API ({@code /3/…}, {@code /2/…}) answers PACT's
 * {@code 500 {"code": "InternalError", "message": …}}: the message names only a reference under which the failure is
 * logged, never the exception. Everywhere else the kit's problem+json answer stands. Ranked before the kit's
 * catch-all mapper for {@link Throwable}; mappers of more specific exceptions still win by type.
 */
public class PactInternalErrors {
    private final ProblemMappers problems;

    public PactInternalErrors(ObjectMapper json) {
        this.problems = new ProblemMappers(json);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        return respond(e, uri.getPath());
    }

    Response respond(Throwable e, String path) {
        if (!path.startsWith("/3/") && !path.startsWith("/2/")) {
            return problems.unexpected(e);
        }
        String reference = "urn:uuid:" + UUID.randomUUID();
        Log.errorf(e, "Unexpected failure on PACT path %s, %s", path, reference);
        return PactError.response(500, PactError.INTERNAL_ERROR,
                "An internal error occurred; it is logged as " + reference);
    }
}
