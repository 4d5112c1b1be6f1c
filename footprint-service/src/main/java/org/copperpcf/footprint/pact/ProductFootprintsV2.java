package org.copperpcf.footprint.pact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.footprint.calculation.FootprintCalculator;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The PACT v2.3 view of the v3 documents {@link ProductFootprints} makes: the same footprint under the same id with
 * the same numbers, renamed and retyped to v2 (shared/pact/v2/openapi.yaml), plus what v2 has and v3 dropped.
 * <p>
 * Ids and versions: v2, like v3, gives a changed calculation a new id that lists its predecessors in
 * {@code precedingPfIds}; {@code version} counts changes to one id. Our versions are immutable except for the status,
 * so {@code version} is 1 as published and 2 once Deprecated, with {@code updated} = when the successor was
 * calculated, and {@code statusComment} naming the successor (or, on a recalculation, the reason for it).
 * <p>
 * Retyped: {@code exemptedEmissionsPercent} and {@code primaryDataShare} are JSON numbers in v2. Deprecated but still
 * required in 2.3: {@code characterizationFactors} (the earliest IPCC report used, AR5 or AR6 only),
 * {@code crossSectoralStandardsUsed} (three fixed names; PACT-3.0 has none) and {@code productCategoryCpc}.
 * Added: {@code uncertaintyAssessmentDescription} from our first-order lognormal propagation.
 * <p>
 * Left out: {@code dqi}. v2 requires all of coverage, technological, temporal, geographical, completeness and
 * reliability on PACT's 1–3 scale; ours are pedigree ratings from 1 to 5 and we do not measure coverage, so they are
 * stated in the uncertainty description instead. {@code productOrSectorSpecificRules}: we follow no PCR (and the
 * schema forbids the empty set). A footprint whose GWP set is older than AR5 or that names no standard v2 knows cannot
 * be expressed in v2 and is not served over /2 ({@link #inexpressible}).
 */
@ApplicationScoped
public class ProductFootprintsV2 {
    /**
     * UN CPC Ver. 2.1 by HS 2022 subheading: 14210 copper ores and concentrates; group 414 unwrought copper (and
     * nickel, aluminium, lead, zinc, tin), group 415 their semi-finished products. Groups, not subclasses, where we have
     * not checked the subclass against the UN correspondence table; productClassifications carries the exact HS code.
     */
    private static final Map<String, String> CPC_BY_HS = Map.of("260300", "14210", "740311", "414",
            "740811", "415", "741110", "415");
    private static final Map<String, String> STANDARDS_USED = Map.of("ISO14067", "ISO Standard 14067",
            "GHGP-Product", "GHG Protocol Product standard", "ISO14040-44", "ISO Standard 14044");

    private final PactConfig config;

    public ProductFootprintsV2(PactConfig config) {
        this.config = config;
    }

    /** What v2 needs that the v3 document does not carry. */
    record Extra(String result, String reason, UUID successor, Instant successorCalculatedAt, String successorReason) {
    }

    /** The v2 documents of {@code footprints}, in order, leaving out those v2 cannot express. */
    public List<ProductFootprintV2> toV2(List<ProductFootprint> footprints) {
        Map<UUID, Extra> extras = extras(footprints.stream().map(ProductFootprint::id).toList());
        List<ProductFootprintV2> v2 = new ArrayList<>(footprints.size());
        for (ProductFootprint pf : footprints) {
            if (inexpressible(pf).isEmpty()) {
                v2.add(toV2(pf, extras.get(pf.id())));
            }
        }
        return v2;
    }

    /** Why {@code pf} cannot be written as a v2.3 document, if it cannot. */
    public Optional<String> inexpressible(ProductFootprint pf) {
        if (characterizationFactors(pf.pcf().ipccCharacterizationFactors()) == null) {
            return Optional.of("its GWP set " + pf.pcf().ipccCharacterizationFactors() + " is neither AR5 nor AR6");
        }
        if (standardsUsed(pf.pcf().crossSectoralStandards()).isEmpty()) {
            return Optional.of("it names no cross-sectoral standard v2 knows");
        }
        if (cpc(pf) == null) {
            return Optional.of("its product has no CPC code");
        }
        return Optional.empty();
    }

    private ProductFootprintV2 toV2(ProductFootprint pf, Extra extra) {
        ProductFootprint.CarbonFootprint v3 = pf.pcf();
        boolean deprecated = ProductFootprint.DEPRECATED.equals(pf.status());
        String statusComment = deprecated && extra.successor() != null
                ? "Superseded by " + extra.successor() + ", recalculated " + extra.successorCalculatedAt() + ": "
                + extra.successorReason()
                : pf.precedingPfIds() != null ? "Recalculation of " + pf.precedingPfIds().getFirst() + ": "
                + extra.reason() : null;
        ProductFootprintV2.CarbonFootprint pcf = new ProductFootprintV2.CarbonFootprint(
                v3.declaredUnitOfMeasurement(), v3.declaredUnitAmount(), v3.productMassPerDeclaredUnit(),
                v3.pcfExcludingBiogenicUptake(), v3.pcfIncludingBiogenicUptake(), v3.fossilGhgEmissions(),
                v3.fossilCarbonContent(), v3.biogenicCarbonContent(),
                characterizationFactors(v3.ipccCharacterizationFactors()), v3.ipccCharacterizationFactors(),
                standardsUsed(v3.crossSectoralStandards()), v3.crossSectoralStandards(),
                v3.boundaryProcessesDescription(), v3.referencePeriodStart(), v3.referencePeriodEnd(),
                v3.geographyCountry(), v3.geographyCountrySubdivision(), v3.secondaryEmissionFactorSources(),
                new BigDecimal(v3.exemptedEmissionsPercent()), v3.exemptedEmissionsDescription(),
                v3.packagingEmissionsIncluded(), v3.allocationRulesDescription(), uncertainty(extra.result()),
                v3.primaryDataShare() == null ? null : new BigDecimal(v3.primaryDataShare()));
        return new ProductFootprintV2(pf.id(), ProductFootprintV2.SPEC_VERSION, pf.precedingPfIds(), deprecated ? 2 : 1,
                pf.created(), deprecated ? extra.successorCalculatedAt() : null, pf.status(), statusComment,
                pf.validityPeriodStart(), pf.validityPeriodEnd(), pf.companyName(), pf.companyIds(),
                pf.productDescription(), pf.productIds(), pf.productClassifications(), cpc(pf),
                pf.productNameCompany(), pf.comment(), pcf);
    }

    /** The earliest IPCC report used, if v2's enum has it. */
    static String characterizationFactors(List<String> reports) {
        String earliest = reports.stream().min((a, b) -> Integer.compare(Integer.parseInt(a.substring(2)),
                Integer.parseInt(b.substring(2)))).orElse(null);
        return "AR5".equals(earliest) || "AR6".equals(earliest) ? earliest : null;
    }

    static List<String> standardsUsed(List<String> standards) {
        return standards.stream().map(STANDARDS_USED::get).filter(s -> s != null).distinct().toList();
    }

    private String cpc(ProductFootprint pf) {
        if (pf.productClassifications() == null) {
            return null;
        }
        return pf.productClassifications().stream()
                .map(urn -> PactProducts.idIn(urn, config.domain(), "hs2022").map(CPC_BY_HS::get).orElse(null))
                .filter(c -> c != null).findFirst().orElse(null);
    }

    /** The result, drivers and method of our uncertainty assessment, in words. */
    static String uncertainty(String result) {
        FootprintPublished.Metrics metrics = EventJson.fromJson(result, FootprintCalculator.Outcome.class).metrics();
        FootprintPublished.Uncertainty u = metrics.uncertainty();
        FootprintPublished.DataQuality q = metrics.dataQuality();
        if (u == null && q == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (u != null) {
            parts.add("95 % interval " + ProductFootprints.decimal(u.low95()) + " to "
                    + ProductFootprints.decimal(u.high95()) + " kg CO2e per declared unit, geometric standard "
                    + "deviation " + ProductFootprints.decimal(u.gsd()) + "; method: " + u.method());
        }
        if (q != null) {
            parts.add("drivers: emission-weighted pedigree ratings, 1 (best) to 5: technological "
                    + ProductFootprints.decimal(q.technological()) + ", geographical "
                    + ProductFootprints.decimal(q.geographical()) + ", temporal "
                    + ProductFootprints.decimal(q.temporal()) + ", reliability "
                    + ProductFootprints.decimal(q.reliability()) + ", completeness "
                    + ProductFootprints.decimal(q.completeness()));
        }
        return String.join("; ", parts) + ".";
    }

    private static Map<UUID, Extra> extras(List<UUID> ids) {
        Map<UUID, Extra> extras = new HashMap<>();
        if (ids.isEmpty()) {
            return extras;
        }
        List<?> rows = Panache.getEntityManager().createNativeQuery("select v.id, cast(v.result as text), v.reason, "
                        + "s.id as successor, s.calculated_at, s.reason as successor_reason from footprint_version v "
                        + "left join footprint_version s on s.predecessor_id = v.id where v.id in (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            extras.put((UUID) c[0], new Extra((String) c[1], (String) c[2], (UUID) c[3], instant(c[4]),
                    (String) c[5]));
        }
        return extras;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
