package org.copperpcf.certification.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Weighted sampling without replacement (Efraimidis and Spirakis 2006, algorithm A-Res): every item gets the key
 * {@code u^(1/w)} and the items with the largest keys are drawn. We rank by the equivalent {@code ln(u)/w} (monotone
 * in {@code u^(1/w)}), which does not underflow for small weights and is minus infinity for weight 0, so a
 * zero-weight item is never drawn before a positive one. {@code u} comes from {@link SplittableRandom} seeded with
 * the recorded seed, one value per item in population order (lines, then evidence files), taken as
 * {@code 1 - nextDouble()} so it is never 0, and {@link StrictMath#log} gives the same bits on every JVM. Ties (only
 * among zero weights in practice) keep population order.
 */
public final class EvidenceSampler {
    public static final String ALGORITHM = "es-splittable-v1";

    private EvidenceSampler() {
    }

    /** One drawn item: its rank (1 = largest key) within its kind. */
    public record Selected(Population.Item item, int rank) {
    }

    public record Draw(List<Selected> lines, List<Selected> evidence) {
    }

    public static Draw draw(Population population, long seed, int lines, int evidenceFiles) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] lineKeys = keys(population.lines(), random);
        double[] evidenceKeys = keys(population.evidence(), random);
        return new Draw(top(population.lines(), lineKeys, lines), top(population.evidence(), evidenceKeys,
                evidenceFiles));
    }

    private static double[] keys(List<Population.Item> items, SplittableRandom random) {
        double[] keys = new double[items.size()];
        for (int i = 0; i < keys.length; i++) {
            double u = 1.0 - random.nextDouble();
            double weight = items.get(i).weight().doubleValue();
            keys[i] = weight > 0 ? StrictMath.log(u) / weight : Double.NEGATIVE_INFINITY;
        }
        return keys;
    }

    private static List<Selected> top(List<Population.Item> items, double[] keys, int n) {
        List<Integer> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> keys[i]).reversed().thenComparingInt(i -> i));
        List<Selected> selected = new ArrayList<>();
        for (int r = 0; r < Math.min(n, order.size()); r++) {
            selected.add(new Selected(items.get(order.get(r)), r + 1));
        }
        return selected;
    }
}
