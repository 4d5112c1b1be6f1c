package org.copperpcf.lca;

/**
 * The total with one parameter changed by ±{@code relativeChange}, the rest as given.
 *
 * @param low  h with the parameter multiplied by (1 − relativeChange)
 * @param high h with the parameter multiplied by (1 + relativeChange)
 */
public record SensitivityResult(Parameter parameter, double relativeChange, double base, double low, double high) {

    /** Relative change of h per relative change of the parameter (central difference): 1 means proportional. */
    public double elasticity() {
        return base == 0.0 ? Double.NaN : (high - low) / (2.0 * relativeChange * base);
    }
}
