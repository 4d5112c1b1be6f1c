package org.copperpcf.lca;

/**
 * A lognormal distribution around an exchange's amount: the amount is the geometric mean, σ the standard deviation
 * of its natural logarithm (Brightway's {@code scale}; openLCA stores GSD = exp σ instead). A negative amount keeps
 * its sign and varies in magnitude, the sign flag of BRIEF.md §8.2.
 */
public record Lognormal(double sigma) {

    public Lognormal {
        if (!(sigma >= 0.0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and not negative, got " + sigma);
        }
    }

    /** From pedigree scores and the basic uncertainty factor Ub. */
    public static Lognormal of(Pedigree pedigree, double basicUncertainty) {
        return new Lognormal(pedigree.sigma(basicUncertainty));
    }

    /** From a geometric standard deviation (GSD, not GSD²). */
    public static Lognormal ofGsd(double gsd) {
        if (!(gsd >= 1.0)) {
            throw new IllegalArgumentException("a geometric standard deviation is at least 1, got " + gsd);
        }
        return new Lognormal(StrictMath.log(gsd));
    }

    /** exp σ. */
    public double gsd() {
        return StrictMath.exp(sigma);
    }

    /** exp 2σ, the factor that spans about 95 % around the geometric mean. */
    public double gsd2() {
        return StrictMath.exp(2.0 * sigma);
    }
}
