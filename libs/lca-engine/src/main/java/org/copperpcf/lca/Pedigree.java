package org.copperpcf.lca;

/**
 * Pedigree-matrix scores of one exchange, 1 (best) to 5, and their uncertainty factors, "version 2"
 * (Ciroth et al. 2016, as in Brightway's {@code pedigree_matrix} and openLCA; BRIEF.md §8.2).
 */
public record Pedigree(int reliability, int completeness, int temporal, int geographical, int technological) {
    private static final double[][] FACTORS = {
            {1.00, 1.54, 1.61, 1.69, 1.69},
            {1.00, 1.03, 1.04, 1.08, 1.08},
            {1.00, 1.03, 1.10, 1.19, 1.29},
            {1.00, 1.04, 1.08, 1.11, 1.11},
            {1.00, 1.18, 1.65, 2.08, 2.80},
    };

    public Pedigree {
        for (int score : new int[] {reliability, completeness, temporal, geographical, technological}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("pedigree scores run from 1 to 5, got " + score);
            }
        }
    }

    /**
     * σ of ln(amount): {@code sqrt(Σ ln(Uᵢ)²) / 2} over the five indicator factors and the basic uncertainty factor.
     *
     * @param basicUncertainty Ub, at least 1 (1 = none)
     */
    public double sigma(double basicUncertainty) {
        if (!(basicUncertainty >= 1.0) || Double.isInfinite(basicUncertainty)) {
            throw new IllegalArgumentException("basic uncertainty factor must be at least 1, got " + basicUncertainty);
        }
        int[] scores = {reliability, completeness, temporal, geographical, technological};
        double sum = square(StrictMath.log(basicUncertainty));
        for (int i = 0; i < scores.length; i++) {
            sum += square(StrictMath.log(FACTORS[i][scores[i] - 1]));
        }
        return StrictMath.sqrt(sum) / 2.0;
    }

    private static double square(double x) {
        return x * x;
    }
}
