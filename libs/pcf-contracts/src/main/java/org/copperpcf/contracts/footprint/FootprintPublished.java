package org.copperpcf.contracts.footprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A footprint version was calculated: its full, immutable content, keyed by footprint id on the compacted
 * {@code pcf.footprints.v1}, so the topic keeps each footprint's current version. A recalculation publishes the
 * successor, which names its predecessor; the predecessor is deprecated from then on.
 *
 * @param footprintId   the footprint (aggregate id, record key)
 * @param versionId     this version's id
 * @param version       1 for the first calculation, +1 for each changed recalculation
 * @param predecessorId the version this one replaces, if any
 * @param product       e.g. {@code copper.tube}
 * @param declaredUnit  e.g. {@code 1 kg}
 * @param geography     the producer's province, or the region of an industry average ({@code CN}, {@code CN-YN})
 * @param specification what was asked for
 * @param kgCo2e        the total per declared unit, excluding biogenic uptake
 * @param lineage       the id, version and hash of every input
 * @param inputsHash    SHA-256 of the matrices and demand the engine solved
 * @param resultHash    SHA-256 of the engine result and the metrics: equal inputs give an equal hash
 * @param reason        why this version was calculated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootprintPublished(UUID footprintId, UUID versionId, int version, UUID predecessorId, String product,
                                 String declaredUnit, String geography, FootprintSpecification specification,
                                 BigDecimal kgCo2e, Breakdown breakdown, Metrics metrics, Methodology methodology,
                                 Lineage lineage, String inputsHash, String resultHash, Instant calculatedAt,
                                 String reason) {

    /** An input and exactly which version of it was used. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputRef(String key, Integer version, String contentHash, UUID id) {
    }

    /**
     * Supplier data used: a disclosure (primary activity data) or a supplier PCF, for which product, the network
     * node it became and its share of the consumer's input.
     *
     * @param role {@code producer} (the product's own process) or {@code supply} (a purchased input)
     * @param kind {@code disclosure} or {@code supplier_pcf}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SupplierInput(String role, UUID supplierId, String product, String kind, UUID id, Long version,
                                String contentHash, String node, BigDecimal share, List<LineContribution> lines) {

        /** Supplier data without line contributions, as every producer wrote them before the field existed. */
        public SupplierInput(String role, UUID supplierId, String product, String kind, UUID id, Long version,
                             String contentHash, String node, BigDecimal share) {
            this(role, supplierId, product, kind, id, version, contentHash, node, share, null);
        }
    }

    /**
     * What one activity line of a disclosure contributes to the footprint, in kg CO2e per declared unit (optional,
     * added within v1): the weight a certifier's evidence sampling gives the line.
     */
    public record LineContribution(int lineNo, BigDecimal kgCo2e) {
    }

    /** Everything a result depends on; {@code factors} are the factor keys used. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lineage(InputRef template, List<InputRef> processes, InputRef factorRelease, String gwpSet,
                          Map<String, String> parameters, List<SupplierInput> supplierData, List<String> factors,
                          String electricityMethod) {
    }

    /** Contributions per declared unit, in kg CO2e. */
    public record Breakdown(Map<String, BigDecimal> byStage, Map<String, BigDecimal> byGas,
                            Map<String, BigDecimal> byProcess, Map<String, BigDecimal> byInput) {
    }

    /** Emission-weighted ratings, 1 (best) to 5: PACT's three axes, the pedigree matrix's other two, and overall. */
    public record DataQuality(BigDecimal technological, BigDecimal geographical, BigDecimal temporal,
                              BigDecimal reliability, BigDecimal completeness, BigDecimal overall) {
    }

    /** The range of the total: geometric standard deviation and the 95 % interval. */
    public record Uncertainty(String method, BigDecimal gsd, BigDecimal low95, BigDecimal high95) {
    }

    /**
     * Fossil and biogenic kg CO2e per declared unit; shares in percent. {@code energyIntensity} is optional (added
     * within v1; absent when the calculation has no energy figures to report), so older events and producers that do
     * not fill it stay valid.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metrics(BigDecimal fossil, BigDecimal biogenic, BigDecimal primaryDataShare,
                          BigDecimal recycledContentShare, BigDecimal renewableElectricityShare,
                          DataQuality dataQuality, Uncertainty uncertainty, EnergyIntensity energyIntensity) {

        /** Metrics without energy intensity, as every producer wrote them before the field existed. */
        public Metrics(BigDecimal fossil, BigDecimal biogenic, BigDecimal primaryDataShare,
                       BigDecimal recycledContentShare, BigDecimal renewableElectricityShare,
                       DataQuality dataQuality, Uncertainty uncertainty) {
            this(fossil, biogenic, primaryDataShare, recycledContentShare, renewableElectricityShare, dataQuality,
                    uncertainty, null);
        }
    }

    /**
     * Comprehensive energy of the smelting and refining stages (concentrate or scrap to cathode), in kg of standard
     * coal equivalent per tonne of cathode, as energy-limit standards (GB 21248) and the NDRC benchmark/baseline
     * levels state it.
     *
     * @param smeltingKgcePerTonne  kgce per t of cathode
     * @param electricityBasis      how electricity was converted: {@code equivalent} (calorific value, GB/T 2589
     *                              0.1229 kgce/kWh) or {@code equal-value} (generation-based, ≈ 0.30–0.40)
     * @param electricityKgcePerKwh the conversion factor used for electricity
     * @param route                 the route the figure covers, e.g. {@code concentrate-to-cathode}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnergyIntensity(BigDecimal smeltingKgcePerTonne, String electricityBasis,
                                  BigDecimal electricityKgcePerKwh, String route) {
        public static final String EQUIVALENT = "equivalent";
        public static final String EQUAL_VALUE = "equal-value";
    }

    /** The rules the result follows (ISO 14067 §7.3 reporting). */
    public record Methodology(List<String> standards, String boundary, String cutOff, List<String> allocation,
                              String electricityMethod, String gwpSet, String characterisation, List<String> notes) {
    }
}
