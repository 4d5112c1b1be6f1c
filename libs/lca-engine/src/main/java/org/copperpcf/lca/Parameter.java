package org.copperpcf.lca;

/** A number of a product system that sensitivity analysis may vary: one entry of A, B or C. */
public sealed interface Parameter {

    /** An entry of A (not a reference output: vary the inputs instead). */
    record Technology(String product, String process) implements Parameter {
    }

    /** An entry of B. */
    record Intervention(String flow, String process) implements Parameter {
    }

    /** The characterisation factor of a flow. */
    record Characterisation(String flow) implements Parameter {
    }

    static Parameter technology(String product, String process) {
        return new Technology(product, process);
    }

    static Parameter intervention(String flow, String process) {
        return new Intervention(flow, process);
    }

    static Parameter characterisation(String flow) {
        return new Characterisation(flow);
    }
}
