package org.copperpcf.lca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One-at-a-time sensitivity: each chosen parameter is moved up and down alone and the system solved again. */
public final class Sensitivity {

    private Sensitivity() {
    }

    /** With the automatic solver. */
    public static List<SensitivityResult> oneAtATime(ProductSystem system, Map<String, Double> demand,
                                                     List<Parameter> parameters, double relativeChange) {
        return oneAtATime(Solver.automatic(), system, demand, parameters, relativeChange);
    }

    /**
     * @param relativeChange e.g. 0.1 for ±10 %, in (0, 1)
     * @throws InvalidSystemException when a parameter is not an entry of the system
     */
    public static List<SensitivityResult> oneAtATime(Solver solver, ProductSystem system, Map<String, Double> demand,
                                                     List<Parameter> parameters, double relativeChange) {
        if (!(relativeChange > 0.0 && relativeChange < 1.0)) {
            throw new IllegalArgumentException("relative change must be in (0, 1), got " + relativeChange);
        }
        MatrixModel model = system.model();
        double[] f = Calculator.demandVector(model, demand);
        double base = total(solver, model, model.a, model.b, model.characterisation, f);
        List<SensitivityResult> results = new ArrayList<>();
        for (Parameter parameter : parameters) {
            results.add(new SensitivityResult(parameter, relativeChange, base,
                    varied(solver, system, parameter, 1.0 - relativeChange, f),
                    varied(solver, system, parameter, 1.0 + relativeChange, f)));
        }
        return List.copyOf(results);
    }

    private static double varied(Solver solver, ProductSystem system, Parameter parameter, double factor,
                                 double[] f) {
        MatrixModel model = system.model();
        SparseMatrix a = model.a;
        SparseMatrix b = model.b;
        double[] c = model.characterisation;
        switch (parameter) {
            case Parameter.Technology t -> {
                ProductSystem.Exchange entry = system.technology().get(new ProductSystem.Cell(t.product(),
                        t.process()));
                a = a.withValues(scaled(a.values(), model.position(true, t.product(), t.process()), entry, factor,
                        parameter));
            }
            case Parameter.Intervention i -> {
                ProductSystem.Exchange entry = system.interventions().get(new ProductSystem.Cell(i.flow(),
                        i.process()));
                b = b.withValues(scaled(b.values(), model.position(false, i.flow(), i.process()), entry, factor,
                        parameter));
            }
            case Parameter.Characterisation ch -> {
                Double factorValue = system.characterisation().get(ch.flow());
                if (factorValue == null) {
                    throw new InvalidSystemException("no characterisation factor for flow '" + ch.flow() + "'");
                }
                c = c.clone();
                c[model.flowIndex.get(ch.flow())] = factorValue * factor;
            }
        }
        return total(solver, model, a, b, c, f);
    }

    /** The entry's own amount is scaled; a cell that also holds a reference output keeps that part. */
    private static double[] scaled(double[] values, int position, ProductSystem.Exchange entry, double factor,
                                   Parameter parameter) {
        if (entry == null || position < 0) {
            throw new InvalidSystemException("parameter " + parameter + " is not an entry of the product system");
        }
        double[] copy = values.clone();
        copy[position] += entry.amount() * (factor - 1.0);
        return copy;
    }

    private static double total(Solver solver, MatrixModel model, SparseMatrix a, SparseMatrix b, double[] c,
                                double[] f) {
        double[] s = Calculator.factorize(solver, model, a).solve(f);
        double[] g = b.multiply(s);
        double h = 0.0;
        for (int i = 0; i < g.length; i++) {
            h += c[i] * g[i];
        }
        return h;
    }
}
