package org.copperpcf.footprint.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copperpcf.kit.problem.Problem;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The mapper alone: PACT paths get PACT's InternalError, every other path keeps the kit's problem+json. */
class PactInternalErrorsTest {
    private final PactInternalErrors mapper = new PactInternalErrors(new ObjectMapper());

    @Test
    void pactPathsGetInternalErrorWithoutTheException() {
        for (String path : new String[] {"/3/footprints", "/2/footprints/x", "/3/events", "/2/events"}) {
            var response = mapper.respond(new IllegalStateException("secret detail"), path);
            assertEquals(500, response.getStatus());
            PactError error = (PactError) response.getEntity();
            assertEquals("InternalError", error.code());
            assertFalse(error.message().contains("secret"), error.message());
            assertTrue(error.message().contains("urn:uuid:"), error.message());
        }
    }

    @Test
    void otherPathsStayProblemJson() {
        for (String path : new String[] {"/api/v1/footprints", "/auth/token", "/30/x", "/2"}) {
            var response = mapper.respond(new IllegalStateException("secret detail"), path);
            assertEquals(500, response.getStatus());
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
            assertTrue(((String) response.getEntity()).contains("INTERNAL_ERROR"));
            assertFalse(((String) response.getEntity()).contains("secret"));
        }
    }
}
