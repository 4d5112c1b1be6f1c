package org.copperpcf.kit.problem;

/** One invalid field of a request: a JSON path such as {@code factors[3].value} and what is wrong with it. */
public record Violation(String field, String message) {
}
