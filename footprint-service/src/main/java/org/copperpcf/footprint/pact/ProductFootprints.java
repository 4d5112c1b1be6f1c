package org.copperpcf.footprint.pact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.pact.ProductFootprint.CarbonFootprint;
import org.copperpcf.footprint.pact.ProductFootprint.DataQualityIndicators;
import org.copperpcf.footprint.pact.ProductFootprint.EmissionFactorSource;
import org.copperpcf.footprint.service.FootprintQueryService.Row;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One PACT v3 ProductFootprint per footprint version: the version's id is the PACT id, so a recalculation publishes a
 * new id that names its predecessor in {@code precedingPfIds}, and the predecessor is served as Deprecated. Everything
 * comes from the stored version (result, metrics, methodology, lineage) and the supplier data its lineage names.
 * <p>
 * Choices, truthful to what we compute: per 1 kg of product; copper holds neither fossil nor biogenic carbon and the
 * system takes up no biogenic CO2, so those are {@code "0"}; nothing is exempted (every process of the product system
 * is modelled, scrap enters burden-free under the recycled-content rule, which is an allocation rule stated in
 * {@code allocationRulesDescription}), so {@code exemptedEmissionsPercent} is {@code "0"}. Industry averages have no
 * reporting period; they state the calendar year in which they were calculated. GB/T 24067-2024 is not one of PACT's
 * crossSectoralStandards values, so it is named in {@code comment}. Validity: the reference period's end plus three
 * years (PACT's default). Companies: a footprint's producer (the supplier whose disclosure or PCF its lineage names as
 * producer); industry averages belong to this host's operator ({@code footprint.pact.company-*}).
 */
@ApplicationScoped
public class ProductFootprints {
    private static final Pattern IPCC = Pattern.compile("AR\\d+");
    private static final int SCALE = 6;

    private final PactConfig config;

    public ProductFootprints(PactConfig config) {
        this.config = config;
    }

    /** Who owns a footprint's data in PACT terms. */
    record Company(String name, List<String> ids) {
    }

    /** The reference period [start, end) of a version and its validity (the end plus three years). */
    record Period(LocalDate start, LocalDate end) {
        static Period of(Footprint footprint, FootprintVersion version) {
            LocalDate start = footprint.periodStart != null ? footprint.periodStart
                    : LocalDate.ofInstant(version.calculatedAt, ZoneOffset.UTC).withDayOfYear(1);
            return new Period(start, footprint.periodEnd != null ? footprint.periodEnd : start.plusYears(1));
        }

        Instant validFrom() {
            return end.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant validTo() {
            return end.plusYears(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    public List<ProductFootprint> toPact(List<Row> rows) {
        Map<UUID, Company> companies = producers(rows);
        return rows.stream().map(row -> toPact(row, companies.get(row.version().id))).toList();
    }

    public ProductFootprint toPact(Row row) {
        return toPact(List.of(row)).getFirst();
    }

    private ProductFootprint toPact(Row row, Company producer) {
        Footprint footprint = row.footprint();
        FootprintVersion version = row.version();
        FootprintCalculator.Outcome outcome = EventJson.fromJson(version.result, FootprintCalculator.Outcome.class);
        FootprintPublished.Lineage lineage = EventJson.fromJson(version.lineage, FootprintPublished.Lineage.class);
        FootprintPublished.Metrics metrics = outcome.metrics();
        FootprintPublished.Methodology methodology = outcome.methodology();
        Period period = Period.of(footprint, version);
        Company company = producer != null ? producer : footprint.producerSupplierId == null
                ? new Company(config.companyName(), List.copyOf(config.companyIds()))
                : new Company("Supplier " + footprint.producerSupplierId,
                        List.of(supplierUrn(footprint.producerSupplierId)));
        Optional<PactProducts.Product> product = PactProducts.of(version.product);
        String productName = product.map(PactProducts.Product::name).orElse(version.product);
        String origin = footprint.producerSupplierId == null ? "industry average for " + footprint.geography
                : "produced by " + company.name() + " in " + footprint.geography;
        boolean subdivision = footprint.geography.contains("-");
        String total = decimal(version.total);
        CarbonFootprint pcf = new CarbonFootprint("kilogram", "1", "1",
                period.start().atStartOfDay(ZoneOffset.UTC).toInstant(),
                period.end().atStartOfDay(ZoneOffset.UTC).toInstant(),
                subdivision ? null : footprint.geography, subdivision ? footprint.geography : null,
                boundary(outcome, methodology), total, total, "0", "0", decimal(metrics.fossil()), "0", false, false,
                List.of(ipcc(lineage.gwpSet())), standards(methodology.standards()), "0",
                "Nothing is exempted: every process of the product system is modelled.",
                allocation(methodology),
                List.of(new EmissionFactorSource("copper-pcf factor release " + lineage.factorRelease().key(),
                        String.valueOf(lineage.factorRelease().version()))),
                metrics.primaryDataShare() == null ? null : decimal(metrics.primaryDataShare()),
                dqi(metrics.dataQuality()));
        return new ProductFootprint(version.id, ProductFootprint.SPEC_VERSION,
                version.predecessorId == null ? null : List.of(version.predecessorId), version.calculatedAt,
                version.status == FootprintVersion.Status.CURRENT ? ProductFootprint.ACTIVE
                        : ProductFootprint.DEPRECATED,
                period.validFrom(), period.validTo(), company.name(), company.ids(),
                productName + ", cradle-to-gate per kg, " + origin + " (route " + footprint.templateKey
                        + ", " + methodology.electricityMethod() + ")",
                List.of(productUrn(footprint.templateKey)),
                product.map(p -> List.of(PactProducts.classification(config.domain(), p.hsCode()))).orElse(null),
                productName + " (" + footprint.templateKey + ")",
                "Calculated by copper-pcf following " + String.join(", ", methodology.standards()) + "; "
                        + methodology.characterisation() + ".", pcf);
    }

    String productUrn(String key) {
        return "urn:pact:" + config.domain() + ":product-id:" + key;
    }

    String supplierUrn(UUID supplierId) {
        return "urn:pact:" + config.domain() + ":supplier-id:" + supplierId;
    }

    /**
     * The producers of the versions that have one, by version id: the company ids of the disclosure or supplier PCF
     * the lineage names as producer, then the supplier's own URN; the name of the supplier PCF's company or of the
     * disclosing facility (disclosure events carry no company name).
     */
    private Map<UUID, Company> producers(List<Row> rows) {
        Map<UUID, FootprintPublished.SupplierInput> inputs = new HashMap<>();
        for (Row row : rows) {
            if (row.footprint().producerSupplierId == null) {
                continue;
            }
            FootprintPublished.Lineage lineage = EventJson.fromJson(row.version().lineage,
                    FootprintPublished.Lineage.class);
            if (lineage.supplierData() != null) {
                lineage.supplierData().stream().filter(s -> "producer".equals(s.role())).findFirst()
                        .ifPresent(s -> inputs.put(row.version().id, s));
            }
        }
        Map<UUID, Company> bySource = sources(inputs.values().stream().map(FootprintPublished.SupplierInput::id)
                .distinct().toList());
        Map<UUID, Company> companies = new HashMap<>();
        inputs.forEach((versionId, input) -> {
            Company source = bySource.get(input.id());
            if (source != null) {
                Set<String> ids = new LinkedHashSet<>(source.ids());
                ids.add(supplierUrn(input.supplierId()));
                companies.put(versionId, new Company(source.name(), List.copyOf(ids)));
            }
        });
        return companies;
    }

    private static Map<UUID, Company> sources(List<UUID> ids) {
        Map<UUID, Company> companies = new HashMap<>();
        if (ids.isEmpty()) {
            return companies;
        }
        List<?> rows = Panache.getEntityManager().createNativeQuery("select disclosure_id, facility_name, "
                        + "company_ids from replica_disclosure where disclosure_id in (:ids) union all select pf_id, "
                        + "company_name, company_ids from replica_supplier_footprint where pf_id in (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            companies.put((UUID) columns[0], new Company((String) columns[1], List.of((String[]) columns[2])));
        }
        return companies;
    }

    private static String boundary(FootprintCalculator.Outcome outcome, FootprintPublished.Methodology methodology) {
        String boundary = methodology.boundary();
        return Character.toUpperCase(boundary.charAt(0)) + boundary.substring(1) + ", stages: "
                + String.join(", ", outcome.breakdown().byStage().keySet())
                + ". Packaging and transport beyond the factory gate are outside the boundary.";
    }

    private static String allocation(FootprintPublished.Methodology methodology) {
        List<String> rules = new ArrayList<>(methodology.allocation());
        rules.add(methodology.cutOff());
        rules.add("electricity " + methodology.electricityMethod());
        return String.join("; ", rules);
    }

    /** PACT's values for the standards the methodology names; others (GB/T 24067) are named in the comment. */
    private static List<String> standards(List<String> standards) {
        List<String> pact = new ArrayList<>();
        for (String standard : standards) {
            if (standard.startsWith("ISO 14067")) {
                pact.add("ISO14067");
            } else if (standard.startsWith("PACT Methodology v3")) {
                pact.add("PACT-3.0");
            }
        }
        if (pact.isEmpty()) {
            throw new IllegalStateException("the methodology names no standard PACT knows: " + standards);
        }
        return pact;
    }

    private static String ipcc(String gwpSet) {
        Matcher matcher = IPCC.matcher(gwpSet);
        if (!matcher.find()) {
            throw new IllegalStateException("GWP set " + gwpSet + " names no IPCC assessment report");
        }
        return matcher.group();
    }

    private static DataQualityIndicators dqi(FootprintPublished.DataQuality quality) {
        return quality == null ? null : new DataQualityIndicators(decimal(quality.technological()),
                decimal(quality.geographical()), decimal(quality.temporal()));
    }

    /** At most six decimals, no trailing zeros, never an exponent. */
    static String decimal(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
