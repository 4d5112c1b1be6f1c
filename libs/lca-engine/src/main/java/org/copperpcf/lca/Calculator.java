package org.copperpcf.lca;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

/**
 * The matrix method: solve A·s = f, then g = B·s and h = C·g, with contributions and the upstream tree. Stateless
 * apart from its solver; use {@link #prepare} to factorise a system once and calculate many demands on it.
 *
 * <pre>{@code
 * Result r = Calculator.withDefaults().calculate(system, Map.of("cathode", 1.0));
 * }</pre>
 */
public final class Calculator {
    /** Default tree cutoff: nodes below 1 % of the total are not expanded. */
    public static final double DEFAULT_CUTOFF = 0.01;

    private final Solver solver;

    public Calculator(Solver solver) {
        this.solver = solver;
    }

    /** The automatic solver: sparse LU up to {@value Solver#AUTOMATIC_THRESHOLD} processes, iterative above. */
    public static Calculator withDefaults() {
        return new Calculator(Solver.automatic());
    }

    /** The name of the engine, as audit bundles state it beside {@link #version()}. */
    public static final String NAME = "copper-pcf lca-engine";

    /** This engine's version (the Maven project version it was built as). */
    public static String version() {
        try (InputStream in = Calculator.class.getResourceAsStream("engine.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("engine.properties is unreadable", e);
        }
    }

    /** The solver this calculator factorises with, e.g. the automatic choice and its thresholds. */
    public String solverName() {
        return solver.name();
    }

    public Result calculate(ProductSystem system, Map<String, Double> demand) {
        return prepare(system).calculate(demand, DEFAULT_CUTOFF);
    }

    public Result calculate(ProductSystem system, Map<String, Double> demand, double treeCutoff) {
        return prepare(system).calculate(demand, treeCutoff);
    }

    /**
     * Factorises A once.
     *
     * @throws SingularSystemException naming the process (and its loop) where A has no unique solution
     */
    public PreparedSystem prepare(ProductSystem system) {
        MatrixModel model = system.model();
        return new PreparedSystem(system, factorize(solver, model, model.a), solver.name());
    }

    /** Factorises a technology matrix of the model (the model's own, or a perturbed copy), naming a singular loop. */
    static Solver.Factorization factorize(Solver solver, MatrixModel model, SparseMatrix a) {
        try {
            return solver.factorize(a);
        } catch (SingularMatrixException e) {
            int column = e.column();
            throw new SingularSystemException(model.processIds[column], model.productIds[column],
                    Arrays.stream(e.cycle()).mapToObj(j -> model.processIds[j]).toList());
        }
    }

    /** The demand as a vector f over the rows of A. */
    static double[] demandVector(MatrixModel model, Map<String, Double> demand) {
        if (demand.isEmpty()) {
            throw new InvalidSystemException("the demand is empty");
        }
        double[] f = new double[model.size()];
        demand.forEach((product, amount) -> {
            Integer row = model.productIndex.get(product);
            if (row == null) {
                throw new InvalidSystemException("demand for unknown product '" + product + "'");
            }
            if (amount == null || !Double.isFinite(amount)) {
                throw new InvalidSystemException("demand for '" + product + "' is not a finite number");
            }
            f[row] = amount;
        });
        return f;
    }
}
