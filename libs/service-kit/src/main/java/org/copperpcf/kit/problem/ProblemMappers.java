package org.copperpcf.kit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Turns every failure into {@code application/problem+json}. Clients never see a stack trace or SQL: unexpected
 * errors are logged with the problem's {@code instance} id, which the body carries for support.
 */
public class ProblemMappers {
    private final ObjectMapper json;

    public ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status(), e.code(), e.title(), e.getMessage(), e.violations());
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e) {
        List<Violation> violations = new ArrayList<>();
        boolean returnValue = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            returnValue |= isReturnValue(violation.getPropertyPath());
            violations.add(new Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        if (returnValue) {
            return unexpected(e);
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        ProblemException problem = ProblemException.invalid(violations);
        return problem(problem);
    }

    @ServerExceptionMapper({InvalidFormatException.class, MismatchedInputException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "";
        String message = e.getOriginalMessage();
        if (field.isEmpty()) {
            field = "body";
            message = "malformed JSON" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())
                    + ": " + message;
        } else {
            message = message.replaceAll("\\s*\\n.*", "");
        }
        return problem(ProblemException.invalid(field, message));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "FORBIDDEN", "Forbidden", "your roles do not allow this operation", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String code = known == null ? "HTTP_" + status : known.name();
        return respond(status, code, title, e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        Log.errorf(e, "Unexpected failure %s", instance);
        return respond(500, "INTERNAL_ERROR", "Internal error", "the failure is logged as " + instance, List.of(),
                instance);
    }

    private Response unauthenticated() {
        return Response.fromResponse(respond(401, "UNAUTHENTICATED", "Authentication required",
                        "a valid bearer token is required", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response respond(int status, String code, String title, String detail, List<Violation> violations) {
        return respond(status, code, title, detail, violations, "urn:uuid:" + UUID.randomUUID());
    }

    private Response respond(int status, String code, String title, String detail, List<Violation> violations,
                             String instance) {
        Problem problem = new Problem(Problem.typeOf(code), code, status, title, detail, instance, violations);
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem body", e);
        }
    }

    /**
     * {@code publish.request.factors[3].value} → {@code factors[3].value}, map entries as {@code gases.co2},
     * {@code list.limit} → {@code limit}: the client's view of the field.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append('.').append(node.getKey());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        if (field.isEmpty() && last != null && last.getKind() == ElementKind.PARAMETER) {
            // a constraint on a query, path or header parameter itself: the client knows it by that name
            return last.getName();
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
