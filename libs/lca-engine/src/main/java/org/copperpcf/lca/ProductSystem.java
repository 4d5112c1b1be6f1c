package org.copperpcf.lca;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable product system: products, processes, elementary flows and the entries of the technology matrix A,
 * the intervention matrix B and the characterisation vector C, all addressed by id. Entries are kept in sorted maps,
 * so neither the matrices nor {@link #inputsHash()} depend on the order in which they were added.
 *
 * <p>Each process has exactly one reference product, each product exactly one providing process, so A is square.
 * Outputs are positive, inputs negative. A supply mix is modelled by the caller as a market process.
 */
public final class ProductSystem {
    private final SortedMap<String, Product> products;
    private final SortedMap<String, Process> processes;
    private final SortedMap<String, Flow> flows;
    private final SortedMap<Cell, Exchange> technology;
    private final SortedMap<Cell, Exchange> interventions;
    private final SortedMap<String, Double> characterisation;
    private final String inputsHash;
    private final MatrixModel model;

    private ProductSystem(Builder builder) {
        products = Collections.unmodifiableSortedMap(new TreeMap<>(builder.products));
        processes = Collections.unmodifiableSortedMap(new TreeMap<>(builder.processes));
        flows = Collections.unmodifiableSortedMap(new TreeMap<>(builder.flows));
        technology = Collections.unmodifiableSortedMap(new TreeMap<>(builder.technology));
        interventions = Collections.unmodifiableSortedMap(new TreeMap<>(builder.interventions));
        characterisation = Collections.unmodifiableSortedMap(new TreeMap<>(builder.characterisation));
        validate();
        inputsHash = hash();
        model = MatrixModel.of(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A product (technosphere flow) with its unit, e.g. {@code cathode}, {@code kg}. */
    public record Product(String id, String unit) {
    }

    /**
     * A process, scaled to {@code referenceAmount} of its {@code referenceProduct}.
     *
     * @param stage the life-cycle stage contributions are grouped by (e.g. {@code mining}, {@code smelting})
     */
    public record Process(String id, String stage, String referenceProduct, double referenceAmount) {
    }

    /**
     * An elementary flow (an emission, or a background input already expressed as a cradle-to-gate factor).
     *
     * @param gas   the gas it is characterised as (e.g. {@code CO2}, {@code CH4}, or {@code CO2e} for a factor)
     * @param input the input it comes from (e.g. a factor key), or null for a direct emission
     */
    public record Flow(String id, String gas, String input) {
    }

    /** A matrix cell: (product or flow, process). */
    public record Cell(String row, String process) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell other) {
            int byRow = row.compareTo(other.row);
            return byRow != 0 ? byRow : process.compareTo(other.process);
        }
    }

    /** An amount in A or B, with its distribution for Monte Carlo (null: certain). */
    public record Exchange(double amount, Lognormal uncertainty) {
    }

    public SortedMap<String, Product> products() {
        return products;
    }

    public SortedMap<String, Process> processes() {
        return processes;
    }

    public SortedMap<String, Flow> flows() {
        return flows;
    }

    /** Entries of A besides each process's reference output. */
    public SortedMap<Cell, Exchange> technology() {
        return technology;
    }

    public SortedMap<Cell, Exchange> interventions() {
        return interventions;
    }

    /** Impact per unit of flow (e.g. kg CO2e per kg); a flow without a factor counts 0. */
    public SortedMap<String, Double> characterisation() {
        return characterisation;
    }

    /** SHA-256 (hex) of a canonical encoding of every product, process, flow, entry and factor. */
    public String inputsHash() {
        return inputsHash;
    }

    MatrixModel model() {
        return model;
    }

    private void validate() {
        Map<String, String> providers = new TreeMap<>();
        processes.values().forEach(process -> {
            if (!products.containsKey(process.referenceProduct())) {
                throw new InvalidSystemException("process '" + process.id() + "' has the unknown reference product '"
                        + process.referenceProduct() + "'");
            }
            String other = providers.put(process.referenceProduct(), process.id());
            if (other != null) {
                throw new InvalidSystemException("product '" + process.referenceProduct() + "' has two providers, '"
                        + other + "' and '" + process.id() + "': model the mix as a market process");
            }
        });
        products.keySet().forEach(product -> {
            if (!providers.containsKey(product)) {
                throw new InvalidSystemException("product '" + product + "' has no providing process");
            }
        });
        technology.keySet().forEach(cell -> {
            requireKnown(products, cell.row(), "product");
            requireKnown(processes, cell.process(), "process");
        });
        interventions.keySet().forEach(cell -> {
            requireKnown(flows, cell.row(), "flow");
            requireKnown(processes, cell.process(), "process");
        });
        characterisation.keySet().forEach(flow -> requireKnown(flows, flow, "flow"));
    }

    private static void requireKnown(Map<String, ?> known, String id, String kind) {
        if (!known.containsKey(id)) {
            throw new InvalidSystemException("unknown " + kind + " '" + id + "'");
        }
    }

    private String hash() {
        Sha256 sha = new Sha256().text("copperpcf-product-system-v1");
        sha.integer(products.size());
        products.values().forEach(p -> sha.text(p.id()).text(p.unit()));
        sha.integer(processes.size());
        processes.values().forEach(p -> sha.text(p.id()).text(p.stage()).text(p.referenceProduct())
                .number(p.referenceAmount()));
        sha.integer(flows.size());
        flows.values().forEach(f -> sha.text(f.id()).text(f.gas()).text(f.input()));
        for (SortedMap<Cell, Exchange> entries : List.of(technology, interventions)) {
            sha.integer(entries.size());
            entries.forEach((cell, exchange) -> {
                sha.text(cell.row()).text(cell.process()).number(exchange.amount());
                sha.number(exchange.uncertainty() == null ? -1.0 : exchange.uncertainty().sigma());
            });
        }
        return sha.numbers(characterisation).hex();
    }

    /** Collects a product system; {@link #build()} validates it. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Product> products = new TreeMap<>();
        private final Map<String, Process> processes = new TreeMap<>();
        private final Map<String, Flow> flows = new TreeMap<>();
        private final Map<Cell, Exchange> technology = new TreeMap<>();
        private final Map<Cell, Exchange> interventions = new TreeMap<>();
        private final Map<String, Double> characterisation = new TreeMap<>();

        private Builder() {
        }

        public Builder product(String id, String unit) {
            putNew(products, id(id, "product"), new Product(id, Objects.requireNonNull(unit, "unit")), "product");
            return this;
        }

        public Builder process(String id, String stage, String referenceProduct, double referenceAmount) {
            if (!(referenceAmount > 0.0) || Double.isInfinite(referenceAmount)) {
                throw new InvalidSystemException("process '" + id + "' needs a positive, finite reference amount, got "
                        + referenceAmount);
            }
            putNew(processes, id(id, "process"), new Process(id, Objects.requireNonNull(stage, "stage"),
                    id(referenceProduct, "reference product"), referenceAmount), "process");
            return this;
        }

        public Builder flow(String id, String gas) {
            return flow(id, gas, null);
        }

        /** @param input the input the flow comes from (e.g. a factor key), for the contribution per input */
        public Builder flow(String id, String gas, String input) {
            putNew(flows, id(id, "flow"), new Flow(id, Objects.requireNonNull(gas, "gas"), input), "flow");
            return this;
        }

        public Builder technology(String product, String process, double amount) {
            return technology(product, process, amount, null);
        }

        /**
         * An entry of A: negative for an input, positive for a co-product output (a credit). An entry for a process's
         * own reference product is added to its reference output (e.g. an internal scrap loop).
         */
        public Builder technology(String product, String process, double amount, Lognormal uncertainty) {
            putNew(technology, new Cell(id(product, "product"), id(process, "process")),
                    exchange(amount, uncertainty, product, process), "technology entry");
            return this;
        }

        public Builder intervention(String flow, String process, double amount) {
            return intervention(flow, process, amount, null);
        }

        /** An entry of B: the amount of an elementary flow per reference amount of the process. */
        public Builder intervention(String flow, String process, double amount, Lognormal uncertainty) {
            putNew(interventions, new Cell(id(flow, "flow"), id(process, "process")),
                    exchange(amount, uncertainty, flow, process), "intervention entry");
            return this;
        }

        public Builder characterisation(String flow, double factor) {
            if (!Double.isFinite(factor)) {
                throw new InvalidSystemException("characterisation factor of '" + flow + "' is not finite");
            }
            putNew(characterisation, id(flow, "flow"), factor, "characterisation factor");
            return this;
        }

        public ProductSystem build() {
            return new ProductSystem(this);
        }

        private static Exchange exchange(double amount, Lognormal uncertainty, String row, String process) {
            if (!Double.isFinite(amount)) {
                throw new InvalidSystemException("amount of '" + row + "' in '" + process + "' is not finite");
            }
            return new Exchange(amount, uncertainty);
        }

        private static String id(String id, String kind) {
            if (id == null || id.isBlank()) {
                throw new InvalidSystemException(kind + " id is missing");
            }
            return id;
        }

        private static <K, V> void putNew(Map<K, V> map, K key, V value, String kind) {
            if (map.putIfAbsent(key, value) != null) {
                throw new InvalidSystemException("duplicate " + kind + " " + key);
            }
        }
    }
}
