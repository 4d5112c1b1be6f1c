package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.Pedigree;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.supplier.DisclosureAccepted.Line;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.units.ActivityUnits;

/**
 * Substitutes a supplier's accepted activity data for a default process (docs/methodology/footprints.md, "Primary
 * data"). Per category the supplier disclosed, the default exchanges of that category are replaced by the
 * disclosed lines per unit of production: energy replaces electricity, fuel and heat inputs; transport replaces
 * transport; other materials replace material inputs; direct emissions replace direct and process emissions; copper
 * feed (concentrate, blister, anode, cathode, scrap) sets the amounts of the product inputs. Categories not
 * disclosed keep the defaults, as secondary data. Co-products and their allocation stay as modelled.
 */
public final class Substitution {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal KWH_PER_MWH = BigDecimal.valueOf(1000);
    private static final Pattern NATIONAL_FOOTPRINT = Pattern.compile("^electricity\\.footprint\\.cn\\.\\d{4}$");
    private static final Pattern RESIDUAL = Pattern.compile("^electricity\\.grid\\.cn\\.excl-market-non-fossil\\.\\d{4}$");
    private static final Map<String, String> COPPER_FEED = Map.of("concentrate", "copper.concentrate",
            "blister", "copper.blister", "anode", "copper.anode", "cathode", "copper.cathode");
    private static final Map<String, String> GENERATION_TYPES = Map.of("wind", "wind", "solar_pv", "pv",
            "solar_thermal", "solar-thermal", "hydro", "hydro", "biomass", "biomass", "nuclear", "nuclear");
    private static final Map<String, String> TRANSPORT = Map.of("road", "transport.road.heavy-diesel-truck.cn",
            "rail", "transport.rail.cn.operational", "sea", "transport.sea.bulk-carrier.global.well-to-wake",
            "inland_waterway", "transport.inland-waterway.bulk-carrier.cn.operational");
    private static final Map<String, String> MATERIALS = Map.of("oxygen", "material.oxygen.cn",
            "limestone", "material.limestone.cn", "sulphuric_acid", "material.sulphuric-acid.cn");
    private static final Map<String, String> GASES = Map.of("co2", "co2", "ch4", "ch4_fossil", "n2o", "n2o",
            "sf6", "sf6");

    /**
     * The substituted process and what its electricity is made of, per reference amount.
     *
     * @param electricityKwh all electricity the process takes
     * @param certifiedKwh   the part backed by redeemed certificates or green-power contracts (market-based only)
     * @param notes          what was not used and why
     */
    public record Substituted(ProcessModel model, BigDecimal electricityKwh, BigDecimal certifiedKwh,
                              List<String> notes) {
    }

    private Substitution() {
    }

    public static Substituted apply(ProcessModel base, DisclosureAccepted disclosure, Map<String, ReleasedFactor> factors,
                                    String electricityMethod) {
        String field = "disclosure " + disclosure.disclosureId();
        BigDecimal production = ActivityUnits.convert(disclosure.production().amount(), disclosure.production().unit(),
                base.referenceProduct().unit()).divide(base.referenceProduct().amount(), MC);
        if (production.signum() <= 0) {
            throw ProblemException.invalid("supplier", field + " reports no production");
        }
        List<Line> lines = disclosure.lines() == null ? List.of() : disclosure.lines();
        boolean energy = has(lines, line -> "energy".equals(line.category()));
        boolean transport = has(lines, line -> "transport".equals(line.category()));
        boolean materials = has(lines, line -> "material".equals(line.category()) && !COPPER_FEED.containsKey(line.item()));
        boolean emissions = has(lines, line -> "direct_emission".equals(line.category()));
        boolean feed = has(lines, line -> "scrap".equals(line.category()) || COPPER_FEED.containsKey(line.item()));
        List<String> notes = new ArrayList<>();
        List<Exchange> exchanges = new ArrayList<>();
        for (Exchange exchange : base.exchanges()) {
            String key = exchange.factorKey() == null ? "" : exchange.factorKey();
            boolean replaced = switch (exchange.type()) {
                case Exchange.FACTOR_INPUT -> energy && (key.startsWith("electricity.") || key.startsWith("fuel.")
                        || key.startsWith("heat.")) || transport && key.startsWith("transport.")
                        || materials && key.startsWith("material.") || emissions && key.startsWith("process.");
                case Exchange.DIRECT_EMISSION -> emissions;
                case Exchange.PRODUCT_INPUT -> feed;
                default -> false;
            };
            if (!replaced) {
                exchanges.add(exchange);
            } else if (Exchange.PRODUCT_INPUT.equals(exchange.type())) {
                exchanges.add(exchange.withAmount(BigDecimal.ZERO));
            }
        }
        BigDecimal electricityKwh = BigDecimal.ZERO;
        for (Line line : lines) {
            BigDecimal perUnit = line.amount().divide(production, MC);
            String where = field + " line " + line.lineNo();
            switch (line.category()) {
                case "energy" -> {
                    if ("electricity".equals(line.item())) {
                        electricityKwh = electricityKwh.add(ActivityUnits.convert(perUnit, line.unit(), "kWh"));
                    } else {
                        for (String factorKey : fuelFactors(line, disclosure, factors, where)) {
                            exchanges.add(factorInput(factorKey, perUnit, unitFor(factors.get(factorKey), line.unit()),
                                    line, where));
                        }
                    }
                }
                case "material" -> {
                    if (COPPER_FEED.containsKey(line.item())) {
                        setFeed(exchanges, feedProduct(line), perUnit, line, base, where);
                    } else if (MATERIALS.containsKey(line.item())) {
                        exchanges.add(factorInput(MATERIALS.get(line.item()), perUnit, line.unit(), line, where));
                    } else {
                        notes.add(where + ": '" + line.item() + "' has no factor and is excluded (cut-off)");
                    }
                }
                case "scrap" -> setFeed(exchanges, feedProduct(line), perUnit, line, base, where);
                case "direct_emission" -> exchanges.add(new Exchange(Exchange.DIRECT_EMISSION, null, null,
                        GASES.getOrDefault(line.item(), line.item()), ActivityUnits.convert(perUnit, line.unit(), "kg"),
                        "kg", null, null, null, line.dataType(), pedigree(line), null, "disclosed", null, where));
                case "transport" -> {
                    if (line.distanceKm() == null) {
                        throw ProblemException.invalid("supplier", where + ": transport needs a distance");
                    }
                    BigDecimal tonneKm = ActivityUnits.convert(perUnit, line.unit(), "t").multiply(line.distanceKm(), MC);
                    exchanges.add(factorInput(TRANSPORT.get(line.item()), tonneKm, "t.km", line, where));
                }
                default -> notes.add(where + ": category '" + line.category() + "' is not used");
            }
        }
        BigDecimal certifiedKwh = BigDecimal.ZERO;
        if (electricityKwh.signum() > 0) {
            Line electricity = lines.stream().filter(line -> "electricity".equals(line.item())).findFirst().orElseThrow();
            String where = field + " electricity";
            if (FootprintSpecification.MARKET_BASED.equals(electricityMethod)) {
                certifiedKwh = addMarketBased(exchanges, disclosure, production, electricityKwh, factors, electricity,
                        notes, where);
            } else {
                exchanges.add(factorInput(locationFactor(disclosure.facility().provinceCode(), factors), electricityKwh,
                        "kWh", electricity, where));
            }
        }
        ProcessModel model = new ProcessModel(base.key(), base.nameEn() + " — " + disclosure.facility().name(),
                base.nameZh(), base.route(), base.stage(), disclosure.facility().provinceCode(), base.referencePeriod(),
                base.referenceProduct(), base.description(), base.dataset(), base.factorRelease(), exchanges);
        return new Substituted(model, electricityKwh, certifiedKwh, notes);
    }

    /** The product a copper-feed line (scrap, or concentrate, blister, anode, cathode) sets, or null for other lines. */
    static String feedProduct(Line line) {
        if ("scrap".equals(line.category())) {
            return "post_consumer".equals(line.scrapKind()) ? "copper.scrap.post-consumer" : "copper.scrap.pre-consumer";
        }
        return "material".equals(line.category()) ? COPPER_FEED.get(line.item()) : null;
    }

    /** The grid where the facility is: its province's newest grid factor, else the national footprint factor. */
    static String locationFactor(String province, Map<String, ReleasedFactor> factors) {
        if (province != null) {
            Optional<String> provincial = newest(factors, Pattern.compile("^electricity\\.grid\\."
                    + Pattern.quote(province.toLowerCase()) + "\\.\\d{4}$"));
            if (provincial.isPresent()) {
                return provincial.get();
            }
        }
        return newest(factors, NATIONAL_FOOTPRINT).orElseThrow(() -> ProblemException.invalid("factorRelease",
                "the release has no national electricity footprint factor"));
    }

    /**
     * Market-based (BRIEF §5.6): certified MWh of the period's vintage take their generation type's footprint factor,
     * capped at the electricity used; the rest takes the residual factor (national average excluding market-traded
     * non-fossil electricity), so nothing is counted twice.
     */
    private static BigDecimal addMarketBased(List<Exchange> exchanges, DisclosureAccepted disclosure,
                                             BigDecimal production, BigDecimal electricityKwh,
                                             Map<String, ReleasedFactor> factors, Line electricity, List<String> notes,
                                             String where) {
        Set<Integer> years = new HashSet<>();
        for (int year = disclosure.periodStart().getYear(); year <= disclosure.periodEnd().minusDays(1).getYear(); year++) {
            years.add(year);
        }
        BigDecimal remaining = electricityKwh;
        List<Instrument> instruments = new ArrayList<>();
        for (DisclosureAccepted.Certificate certificate : disclosure.certificates() == null
                ? List.<DisclosureAccepted.Certificate>of() : disclosure.certificates()) {
            if (!years.contains(certificate.vintage())) {
                notes.add(where + ": certificate " + certificate.certificateId() + " of vintage "
                        + certificate.vintage() + " does not match the period and is not applied");
                continue;
            }
            instruments.add(new Instrument("certificate " + certificate.certificateId(), certificate.mwh(),
                    certificate.generationType()));
        }
        for (DisclosureAccepted.Contract contract : disclosure.contracts() == null
                ? List.<DisclosureAccepted.Contract>of() : disclosure.contracts()) {
            instruments.add(new Instrument(contract.kind() + " " + contract.contractId(), contract.mwh(),
                    contract.generationType()));
        }
        for (Instrument instrument : instruments) {
            BigDecimal kwh = instrument.mwh().multiply(KWH_PER_MWH).divide(production, MC).min(remaining);
            if (kwh.signum() <= 0) {
                notes.add(where + ": " + instrument.name() + " exceeds the electricity used and is not applied");
                continue;
            }
            String type = GENERATION_TYPES.get(instrument.generationType());
            Optional<String> key = type == null ? Optional.empty()
                    : newest(factors, Pattern.compile("^electricity\\.footprint\\.cn\\." + Pattern.quote(type) + "\\.\\d{4}$"));
            if (key.isEmpty()) {
                throw ProblemException.invalid("supplier", where + ": " + instrument.name() + " is "
                        + instrument.generationType() + " electricity, for which the release has no footprint factor");
            }
            exchanges.add(factorInput(key.get(), kwh, "kWh", electricity, where + " (" + instrument.name() + ")"));
            remaining = remaining.subtract(kwh);
        }
        if (remaining.signum() > 0) {
            String residual = newest(factors, RESIDUAL).orElseThrow(() -> ProblemException.invalid("factorRelease",
                    "the release has no residual electricity factor (excl. market-traded non-fossil)"));
            exchanges.add(factorInput(residual, remaining, "kWh", electricity, where + " (residual)"));
        }
        return electricityKwh.subtract(remaining);
    }

    private record Instrument(String name, BigDecimal mwh, String generationType) {
    }

    private static List<String> fuelFactors(Line line, DisclosureAccepted disclosure,
                                            Map<String, ReleasedFactor> factors, String where) {
        boolean energyUnit = "GJ".equals(line.unit()) || "MWh".equals(line.unit());
        List<String> keys = switch (line.item()) {
            case "natural_gas" -> energyUnit ? List.of("fuel.natural-gas.combustion.ipcc-2006")
                    : List.of("fuel.natural-gas.combustion.cn", "fuel.natural-gas.upstream.cn");
            case "diesel" -> List.of("fuel.diesel.combustion.cn", "fuel.diesel.upstream.cn");
            case "coal" -> energyUnit ? List.of("fuel.bituminous-coal.combustion.ipcc-2006")
                    : List.of("fuel.bituminous-coal.combustion.cn");
            case "coke" -> energyUnit ? List.of("fuel.coke.combustion.ipcc-2006") : List.of("fuel.coke.combustion.cn");
            case "fuel_oil" -> List.of("fuel.fuel-oil.combustion.cn");
            case "lpg" -> List.of("fuel.lpg.combustion.cn");
            case "purchased_heat" -> List.of(newest(factors, Pattern.compile("^heat\\.purchased\\."
                    + Pattern.quote(disclosure.facility().provinceCode().toLowerCase()) + "\\.\\d{4}$"))
                    .orElseThrow(() -> ProblemException.invalid("supplier", where + ": the release has no purchased-heat "
                            + "factor for " + disclosure.facility().provinceCode())));
            default -> throw ProblemException.invalid("supplier", where + ": no factor for energy item " + line.item());
        };
        for (String key : keys) {
            ReleasedFactor factor = factors.get(key);
            if (factor == null) {
                throw ProblemException.invalid("factorRelease", where + ": factor " + key + " is not in the release");
            }
            if (!ActivityUnits.compatible(line.unit(), factor.unit())) {
                throw ProblemException.invalid("supplier", where + ": " + line.item() + " in " + line.unit()
                        + " cannot be converted to " + factor.unit() + ", the unit of " + key);
            }
        }
        return keys;
    }

    /** Natural gas upstream is given per m3, combustion per Nm3: the same quantity (ActivityUnits). */
    private static String unitFor(ReleasedFactor factor, String lineUnit) {
        return ActivityUnits.compatible(lineUnit, factor.unit()) ? lineUnit : factor.unit();
    }

    private static void setFeed(List<Exchange> exchanges, String product, BigDecimal perUnit, Line line,
                                ProcessModel base, String where) {
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            if (Exchange.PRODUCT_INPUT.equals(exchange.type()) && product.equals(exchange.product())) {
                exchanges.set(i, new Exchange(exchange.type(), exchange.product(), null, null,
                        exchange.amount().add(ActivityUnits.convert(perUnit, line.unit(), exchange.unit())),
                        exchange.unit(), exchange.copperContent(), null, exchange.loopReason(), line.dataType(),
                        pedigree(line), null, "disclosed", null, where));
                return;
            }
        }
        throw ProblemException.invalid("supplier", where + ": " + base.key() + " takes no " + product
                + "; the default process models only " + base.exchanges().stream()
                .filter(e -> Exchange.PRODUCT_INPUT.equals(e.type())).map(Exchange::product).toList());
    }

    private static Exchange factorInput(String factorKey, BigDecimal amount, String unit, Line line, String note) {
        return new Exchange(Exchange.FACTOR_INPUT, null, factorKey, null, amount, unit, null, null, null,
                line.dataType(), pedigree(line), null, "disclosed", null, note);
    }

    private static Pedigree pedigree(Line line) {
        DisclosureAccepted.Pedigree p = line.pedigree();
        return p == null ? null : new Pedigree(p.reliability(), p.completeness(), p.temporal(), p.geographical(),
                p.technological());
    }

    private static boolean has(List<Line> lines, Predicate<Line> test) {
        return lines.stream().anyMatch(test);
    }

    static Optional<String> newest(Map<String, ReleasedFactor> factors, Pattern pattern) {
        return factors.keySet().stream().filter(key -> pattern.matcher(key).matches()).max(Comparator.naturalOrder());
    }
}
