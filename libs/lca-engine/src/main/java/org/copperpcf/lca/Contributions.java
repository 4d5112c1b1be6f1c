package org.copperpcf.lca;

import java.util.SortedMap;

/**
 * Where the total comes from, each view summing to it (up to rounding): per process (its direct impact, scaled),
 * per life-cycle stage (a process attribute), per gas and per input (flow attributes).
 *
 * @param byInput flows without an input tag are summed under {@link #DIRECT}
 */
public record Contributions(SortedMap<String, Double> byProcess, SortedMap<String, Double> byStage,
                            SortedMap<String, Double> byGas, SortedMap<String, Double> byInput) {
    /** The key of {@link #byInput()} for flows not tagged with an input: direct emissions. */
    public static final String DIRECT = "(direct)";
}
