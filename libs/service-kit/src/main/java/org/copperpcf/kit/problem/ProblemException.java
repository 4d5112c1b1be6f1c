package org.copperpcf.kit.problem;

import java.util.List;

/**
 * A failure a client should see as problem+json. Services throw it (or a subclass) instead of building responses;
 * the kit's mappers turn it into the body.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final List<Violation> violations;

    public ProblemException(int status, String code, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    /** 400 for one or more invalid fields, each named. */
    public static ProblemException invalid(List<Violation> violations) {
        String detail = violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid";
        return new ProblemException(400, "VALIDATION_FAILED", "Request is not valid", detail, violations);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    /** 404 naming what was looked for. */
    public static ProblemException notFound(String entity, Object id) {
        return new ProblemException(404, "NOT_FOUND", "Not found", "no " + entity + " '" + id + "'");
    }

    /** 409 for a request that contradicts the current state, e.g. a duplicate name or an edit of a frozen version. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict with the current state", detail);
    }

    /** 403 for a caller who is authenticated but may not touch this resource. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "FORBIDDEN", "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
