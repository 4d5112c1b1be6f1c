package org.copperpcf.lca;

/** A solver could not produce an answer for a reason other than a proven singular matrix (e.g. no convergence). */
public final class SolverException extends RuntimeException {
    public SolverException(String message) {
        super(message);
    }
}
