package org.copperpcf.inventory.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.copperpcf.contracts.inventory.Allocation;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.Pedigree;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.ReferenceProduct;
import org.copperpcf.inventory.model.Vocabulary;
import org.copperpcf.inventory.replica.FactorCatalog.KnownFactor;
import org.copperpcf.kit.inventory.ScopedProcess;
import org.copperpcf.kit.units.ActivityUnits;
import org.copperpcf.kit.units.UnitException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rules a unit process must satisfy before it is published: structure and code lists, keys that resolve,
 * dimensionally consistent units, no negative amounts, copper mass balance, allocation that adds up, no unexplained
 * self-loop, and amounts within published ranges (warnings).
 */
@ApplicationScoped
public class ProcessValidator {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.000001");
    /** Rounding slack on the output side of the balance: more copper out than in beyond this is an error. */
    private static final BigDecimal CREATION_TOLERANCE = new BigDecimal("0.001");
    private static final String SHARE = "share.";
    private static final String PRICE = "price.";
    private static final String PROPERTY = "property.";

    private final PlausibilityRanges ranges;
    private final BigDecimal copperTolerance;

    public ProcessValidator(PlausibilityRanges ranges,
                            @ConfigProperty(name = "inventory.copper-balance.tolerance") BigDecimal copperTolerance) {
        this.ranges = ranges;
        this.copperTolerance = copperTolerance;
    }

    /** Validates {@code process}; finding paths start with {@code prefix} (e.g. {@code processes[2].}). */
    public ValidationReport validate(ProcessModel process, ModelScope scope, String prefix) {
        Findings findings = new Findings(prefix);
        validate(process, scope, findings);
        return findings.report();
    }

    private void validate(ProcessModel process, ModelScope scope, Findings findings) {
        structure(process, findings);
        ReferenceProduct reference = process.referenceProduct();
        List<Exchange> exchanges = process.exchanges() == null ? List.of() : process.exchanges();
        Map<String, KnownFactor> factors = factorsOf(process, scope, findings);
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            String path = "exchanges[" + i + "].";
            if (exchange == null) {
                findings.error("exchanges[" + i + "]", Rules.STRUCTURE, "must not be null");
                continue;
            }
            exchange(exchange, path, findings);
            resolution(exchange, path, reference, factors, scope, findings);
        }
        if (reference != null && !exchanges.contains(null)) {
            allocation(exchanges, reference, factors, findings);
            copperBalance(process, exchanges, findings);
            plausibility(process, exchanges, findings);
        }
    }

    private static void structure(ProcessModel process, Findings findings) {
        key(process.key(), "key", findings);
        text(process.nameEn(), "nameEn", findings);
        text(process.nameZh(), "nameZh", findings);
        code(process.route(), "route", Vocabulary.ROUTES, findings);
        code(process.stage(), "stage", Vocabulary.STAGES, findings);
        if (process.geography() == null || !process.geography().matches(Vocabulary.GEOGRAPHY_PATTERN)) {
            findings.error("geography", Rules.STRUCTURE, "must be GLO, an ISO 3166-1 country (CN) or an ISO 3166-2 "
                    + "subdivision (CN-JX)");
        }
        ProcessModel.ReferencePeriod period = process.referencePeriod();
        if (period == null || period.start() == null || period.end() == null) {
            findings.error("referencePeriod", Rules.STRUCTURE, "start and end are required");
        } else if (!period.start().isBefore(period.end())) {
            findings.error("referencePeriod.end", Rules.STRUCTURE, "must be after start " + period.start());
        }
        ReferenceProduct reference = process.referenceProduct();
        if (reference == null) {
            findings.error("referenceProduct", Rules.STRUCTURE, "is required");
        } else {
            key(reference.product(), "referenceProduct.product", findings);
            positive(reference.amount(), "referenceProduct.amount", findings);
            unit(reference.unit(), "referenceProduct.unit", findings);
            copperContent(reference.product(), reference.copperContent(), "referenceProduct.copperContent", findings);
            if (Vocabulary.isCopperProduct(reference.product()) && reference.unit() != null && !isMass(reference.unit())) {
                findings.error("referenceProduct.unit", Rules.UNIT, "a copper product is given by mass (t or kg), not "
                        + reference.unit());
            }
        }
        if (process.exchanges() == null || process.exchanges().isEmpty()) {
            findings.error("exchanges", Rules.STRUCTURE, "a process needs at least one exchange");
        }
    }

    private static Map<String, KnownFactor> factorsOf(ProcessModel process, ModelScope scope, Findings findings) {
        if (process.factorRelease() == null || process.factorRelease().isBlank()) {
            findings.error("factorRelease", Rules.STRUCTURE, "name the factor release the factor keys refer to");
            return null;
        }
        Optional<Map<String, KnownFactor>> factors = scope.factors(process.factorRelease());
        if (factors.isEmpty()) {
            findings.error("factorRelease", Rules.UNRESOLVED, "factor release '" + process.factorRelease()
                    + "' is not known here: it has not been published by factor-service (or not arrived yet)");
            return null;
        }
        return factors.get();
    }

    private static void exchange(Exchange exchange, String path, Findings findings) {
        if (!code(exchange.type(), path + "type", Vocabulary.EXCHANGE_TYPES, findings)) {
            return;
        }
        switch (exchange.type()) {
            case Exchange.PRODUCT_INPUT -> {
                key(exchange.product(), path + "product", findings);
                absent(exchange.factorKey(), path + "factorKey", "a product input names a product, not a factor", findings);
                copperContent(exchange.product(), exchange.copperContent(), path + "copperContent", findings);
            }
            case Exchange.FACTOR_INPUT -> {
                key(exchange.factorKey(), path + "factorKey", findings);
                absent(exchange.product(), path + "product", "a factor input names a factor key, not a product", findings);
            }
            case Exchange.DIRECT_EMISSION -> {
                code(exchange.gas(), path + "gas", Vocabulary.GASES, findings);
                if (exchange.unit() != null && !isMass(exchange.unit())) {
                    findings.error(path + "unit", Rules.UNIT, "an emission is a mass (kg or t), not " + exchange.unit());
                }
            }
            case Exchange.CO_PRODUCT -> {
                key(exchange.product(), path + "product", findings);
                if (exchange.allocation() == null) {
                    findings.error(path + "allocation", Rules.ALLOCATION, "a co-product needs an allocation method, "
                            + "its parameters and a justification");
                }
                if (exchange.amount() != null && exchange.amount().signum() == 0) {
                    findings.error(path + "amount", Rules.AMOUNT, "a co-product must have a positive amount");
                }
                if (exchange.copperContent() != null) {
                    copperContent(exchange.product(), exchange.copperContent(), path + "copperContent", findings);
                }
            }
            case Exchange.INTERNAL_SCRAP -> {
                if (exchange.unit() != null && !isMass(exchange.unit())) {
                    findings.error(path + "unit", Rules.UNIT, "scrap is a mass (kg or t), not " + exchange.unit());
                }
            }
            default -> throw new IllegalStateException(exchange.type());
        }
        if (exchange.amount() == null) {
            findings.error(path + "amount", Rules.STRUCTURE, "is required");
        } else if (exchange.amount().signum() < 0) {
            findings.error(path + "amount", Rules.AMOUNT, "must not be negative (" + exchange.amount().toPlainString()
                    + "); a credit is expressed by a co-product with substitution, not by a negative input");
        }
        unit(exchange.unit(), path + "unit", findings);
        code(exchange.dataType(), path + "dataType", Vocabulary.DATA_TYPES, findings);
        code(exchange.status(), path + "status", Vocabulary.VALUE_STATUSES, findings);
        pedigree(exchange.pedigree(), path + "pedigree", findings);
        if (exchange.uncertaintyGsd() == null) {
            findings.error(path + "uncertaintyGsd", Rules.STRUCTURE, "is required (1 = no uncertainty)");
        } else if (exchange.uncertaintyGsd().compareTo(BigDecimal.ONE) < 0) {
            findings.error(path + "uncertaintyGsd", Rules.STRUCTURE, "a geometric standard deviation is at least 1");
        }
        if (exchange.source() == null || exchange.source().publisher() == null || exchange.source().publisher().isBlank()) {
            findings.error(path + "source.publisher", Rules.STRUCTURE, "every value carries its source");
        }
        if (exchange.loopReason() != null && !Exchange.PRODUCT_INPUT.equals(exchange.type())) {
            findings.error(path + "loopReason", Rules.STRUCTURE, "only a product input can close a supply loop");
        }
    }

    private static void resolution(Exchange exchange, String path, ReferenceProduct reference,
                                   Map<String, KnownFactor> factors, ModelScope scope, Findings findings) {
        if (Exchange.FACTOR_INPUT.equals(exchange.type()) && exchange.factorKey() != null && factors != null) {
            KnownFactor factor = factors.get(exchange.factorKey());
            if (factor == null) {
                findings.error(path + "factorKey", Rules.UNRESOLVED, "no factor '" + exchange.factorKey()
                        + "' in the factor release");
            } else if (isKnownUnit(exchange.unit()) && !compatible(exchange.unit(), factor.unit())) {
                findings.error(path + "unit", Rules.UNIT, exchange.unit() + " cannot be converted to " + factor.unit()
                        + ", the unit of factor " + factor.key());
            }
        }
        if (Exchange.PRODUCT_INPUT.equals(exchange.type()) && exchange.product() != null) {
            if (reference != null && exchange.product().equals(reference.product())) {
                if (exchange.loopReason() == null || exchange.loopReason().isBlank()) {
                    findings.error(path + "product", Rules.CYCLE, "the process consumes its own product "
                            + exchange.product() + "; state a loopReason, or record returned material as internal_scrap");
                }
                return;
            }
            List<ScopedProcess> providers = scope.providersOf(exchange.product());
            if (providers.isEmpty()) {
                findings.error(path + "product", Rules.UNRESOLVED, "no published process makes '" + exchange.product()
                        + "'");
            } else if (isKnownUnit(exchange.unit())) {
                for (ScopedProcess provider : providers) {
                    String providerUnit = provider.model().referenceProduct().unit();
                    if (isKnownUnit(providerUnit) && !compatible(exchange.unit(), providerUnit)) {
                        findings.error(path + "unit", Rules.UNIT, exchange.unit() + " cannot be converted to "
                                + providerUnit + ", the reference unit of " + provider.model().key());
                        break;
                    }
                }
            }
        }
    }

    private static void allocation(List<Exchange> exchanges, ReferenceProduct reference,
                                   Map<String, KnownFactor> factors, Findings findings) {
        String partitionMethod = null;
        Map<String, String> partitionParameters = null;
        int firstPartitioned = -1;
        List<String> partitionedProducts = new ArrayList<>();
        partitionedProducts.add(reference.product());
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            Allocation allocation = exchange.allocation();
            if (allocation == null) {
                continue;
            }
            String path = "exchanges[" + i + "].allocation.";
            if (!Exchange.CO_PRODUCT.equals(exchange.type())) {
                findings.error(path.substring(0, path.length() - 1), Rules.ALLOCATION, "only co-products are allocated");
                continue;
            }
            if (allocation.justification() == null || allocation.justification().isBlank()) {
                findings.error(path + "justification", Rules.ALLOCATION, "say why this method fits (ISO 14044 §4.3.4)");
            }
            if (!code(allocation.method(), path + "method", Vocabulary.ALLOCATION_METHODS, findings)) {
                continue;
            }
            Map<String, String> parameters = allocation.parameters() == null ? Map.of() : allocation.parameters();
            switch (allocation.method()) {
                case "substitution" -> substitution(parameters, path, factors, findings);
                case "physical", "economic" -> {
                    partitionedProducts.add(exchange.product());
                    if (partitionMethod == null) {
                        partitionMethod = allocation.method();
                        partitionParameters = parameters;
                        firstPartitioned = i;
                    } else if (!partitionMethod.equals(allocation.method())) {
                        findings.error(path + "method", Rules.ALLOCATION, "the co-products of one process share one "
                                + "partitioning method: exchanges[" + firstPartitioned + "] uses " + partitionMethod);
                    } else if (!partitionParameters.equals(parameters)) {
                        findings.error(path + "parameters", Rules.ALLOCATION, "differ from those of exchanges["
                                + firstPartitioned + "]; one set of shares, prices or properties covers all products");
                    }
                }
                default -> {
                    // subdivision: the co-product's own sub-process carries its burden; the justification says how
                }
            }
        }
        if (partitionMethod != null) {
            partition(partitionMethod, partitionParameters, partitionedProducts,
                    "exchanges[" + firstPartitioned + "].allocation.parameters", findings);
        }
    }

    private static void substitution(Map<String, String> parameters, String path, Map<String, KnownFactor> factors,
                                     Findings findings) {
        String substituted = parameters.get("substitutedFactorKey");
        if (substituted == null || substituted.isBlank()) {
            findings.error(path + "parameters.substitutedFactorKey", Rules.ALLOCATION,
                    "substitution names the factor of the product it displaces");
        } else if (factors != null && !factors.containsKey(substituted)) {
            findings.error(path + "parameters.substitutedFactorKey", Rules.UNRESOLVED, "no factor '" + substituted
                    + "' in the factor release");
        }
        BigDecimal ratio = decimal(parameters.get("substitutionRatio"));
        if (ratio == null || ratio.signum() <= 0) {
            findings.error(path + "parameters.substitutionRatio", Rules.ALLOCATION,
                    "a positive number of displaced units per unit of co-product is required");
        }
    }

    /** Shares given directly must sum to 1; otherwise prices or properties for every product yield them. */
    private static void partition(String method, Map<String, String> parameters, List<String> products, String path,
                                  Findings findings) {
        boolean explicitShares = parameters.keySet().stream().anyMatch(name -> name.startsWith(SHARE));
        String prefix = explicitShares ? SHARE : "economic".equals(method) ? PRICE : PROPERTY;
        BigDecimal sum = BigDecimal.ZERO;
        for (String product : products) {
            BigDecimal value = decimal(parameters.get(prefix + product));
            if (value == null || value.signum() < 0 || (!explicitShares && value.signum() == 0)) {
                findings.error(path + "." + prefix + product, Rules.ALLOCATION, (explicitShares ? "a share (0-1)"
                        : "economic".equals(method) ? "a positive price" : "a positive physical property")
                        + " is required for " + product + ", which shares the burden");
                return;
            }
            sum = sum.add(value);
        }
        for (String name : new TreeSet<>(parameters.keySet())) {
            boolean partitionKey = name.startsWith(SHARE) || name.startsWith(PRICE) || name.startsWith(PROPERTY);
            if (partitionKey && name.startsWith(prefix) && !products.contains(name.substring(prefix.length()))) {
                findings.error(path + "." + name, Rules.ALLOCATION, "names a product that is neither the reference "
                        + "product nor a co-product allocated by " + method);
            }
        }
        if (explicitShares && sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            findings.error(path, Rules.ALLOCATION, "allocation shares sum to " + sum.toPlainString() + ", not 1");
        }
    }

    private void copperBalance(ProcessModel process, List<Exchange> exchanges, Findings findings) {
        ReferenceProduct reference = process.referenceProduct();
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = copperTonnes(reference.amount(), reference.unit(), reference.copperContent());
        boolean copperInputs = false;
        for (Exchange exchange : exchanges) {
            if (Exchange.PRODUCT_INPUT.equals(exchange.type()) && Vocabulary.isCopperProduct(exchange.product())) {
                copperInputs = true;
                in = add(in, copperTonnes(exchange.amount(), exchange.unit(), exchange.copperContent()));
            } else if (Exchange.CO_PRODUCT.equals(exchange.type()) && exchange.copperContent() != null) {
                out = add(out, copperTonnes(exchange.amount(), exchange.unit(), exchange.copperContent()));
            }
        }
        if (in == null || out == null) {
            return;
        }
        if (!copperInputs) {
            if (out.signum() > 0 && !Vocabulary.COPPER_SOURCE_STAGES.contains(process.stage())) {
                findings.error("exchanges", Rules.MASS_BALANCE, "the products contain " + plain(out) + " t copper but "
                        + "no input brings copper; only stages " + Vocabulary.COPPER_SOURCE_STAGES
                        + " take copper from nature or waste");
            }
            return;
        }
        BigDecimal recovered = out.divide(in, MC);
        if (recovered.compareTo(BigDecimal.ONE.add(CREATION_TOLERANCE)) > 0) {
            findings.error("exchanges", Rules.MASS_BALANCE, "copper out (" + plain(out) + " t) exceeds copper in ("
                    + plain(in) + " t): the process would create copper");
        } else if (BigDecimal.ONE.subtract(recovered).compareTo(copperTolerance) > 0) {
            findings.error("exchanges", Rules.MASS_BALANCE, "copper out (" + plain(out) + " t) is "
                    + percent(BigDecimal.ONE.subtract(recovered)) + " below copper in (" + plain(in) + " t); the "
                    + "tolerance for unassigned losses is " + percent(copperTolerance)
                    + ": state the losses as co-products with their copper content");
        }
    }

    private void plausibility(ProcessModel process, List<Exchange> exchanges, Findings findings) {
        ReferenceProduct reference = process.referenceProduct();
        if (process.route() == null || !isMass(reference.unit()) || reference.amount() == null
                || reference.amount().signum() <= 0) {
            return;
        }
        BigDecimal referenceTonnes = ActivityUnits.convert(reference.amount(), reference.unit(), "t");
        for (PlausibilityRanges.Check check : ranges.forProcess(process.route(), process.stage())) {
            BigDecimal total = BigDecimal.ZERO;
            int first = -1;
            for (int i = 0; i < exchanges.size(); i++) {
                Exchange exchange = exchanges.get(i);
                String key = Exchange.FACTOR_INPUT.equals(exchange.type()) ? exchange.factorKey() : exchange.product();
                if (check.exchangeType().equals(exchange.type()) && key != null && key.startsWith(check.keyPrefix())
                        && exchange.amount() != null && isKnownUnit(exchange.unit())
                        && compatible(exchange.unit(), check.range().unit())) {
                    total = total.add(ActivityUnits.convert(exchange.amount(), exchange.unit(), check.range().unit()));
                    first = first < 0 ? i : first;
                }
            }
            if (first < 0) {
                continue;
            }
            BigDecimal perTonne = total.divide(referenceTonnes, MC);
            PlausibleRange range = check.range();
            if (perTonne.compareTo(range.min()) < 0 || perTonne.compareTo(range.max()) > 0) {
                findings.warning("exchanges[" + first + "].amount", Rules.PLAUSIBILITY, "the " + check.exchangeType()
                        + " lines of " + check.keyPrefix() + "* total " + plain(perTonne) + " " + range.unit()
                        + " per t of " + reference.product() + ", outside the plausible range "
                        + plain(range.min()) + "-" + plain(range.max()) + " " + range.unit() + " (" + range.status()
                        + "; " + range.source() + ")", range);
            }
        }
    }

    private static BigDecimal copperTonnes(BigDecimal amount, String unit, BigDecimal copperContent) {
        if (amount == null || copperContent == null || !isMass(unit)) {
            return null;
        }
        return ActivityUnits.convert(amount, unit, "t").multiply(copperContent, MC);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return sum == null || value == null ? null : sum.add(value);
    }

    static boolean key(String value, String field, Findings findings) {
        if (value == null || !value.matches(Vocabulary.KEY_PATTERN) || value.length() > 160) {
            findings.error(field, Rules.STRUCTURE, "a key of lower-case letters and digits separated by '.', '-' "
                    + "or '_' is required" + (value == null ? "" : ", not '" + value + "'"));
            return false;
        }
        return true;
    }

    static void text(String value, String field, Findings findings) {
        if (value == null || value.isBlank()) {
            findings.error(field, Rules.STRUCTURE, "is required");
        }
    }

    static boolean code(String value, String field, List<String> allowed, Findings findings) {
        if (value == null || !allowed.contains(value)) {
            findings.error(field, Rules.STRUCTURE, (value == null ? "is required" : "unknown code '" + value + "'")
                    + "; allowed: " + String.join(", ", allowed));
            return false;
        }
        return true;
    }

    static void positive(BigDecimal value, String field, Findings findings) {
        if (value == null) {
            findings.error(field, Rules.STRUCTURE, "is required");
        } else if (value.signum() <= 0) {
            findings.error(field, Rules.AMOUNT, "must be positive");
        }
    }

    static void unit(String unit, String field, Findings findings) {
        if (unit == null) {
            findings.error(field, Rules.STRUCTURE, "is required");
            return;
        }
        try {
            ActivityUnits.canonical(unit);
        } catch (UnitException e) {
            findings.error(field, Rules.UNIT, e.getMessage());
        }
    }

    private static void absent(Object value, String field, String message, Findings findings) {
        if (value != null) {
            findings.error(field, Rules.STRUCTURE, message);
        }
    }

    private static void copperContent(String product, BigDecimal content, String field, Findings findings) {
        if (content == null) {
            if (Vocabulary.isCopperProduct(product)) {
                findings.error(field, Rules.STRUCTURE, "the copper mass fraction (0-1) of " + product
                        + " is required for the copper balance");
            }
        } else if (content.signum() <= 0 || content.compareTo(BigDecimal.ONE) > 0) {
            findings.error(field, Rules.STRUCTURE, "a mass fraction above 0 and at most 1, not " + content.toPlainString());
        }
    }

    private static void pedigree(Pedigree pedigree, String field, Findings findings) {
        if (pedigree == null) {
            findings.error(field, Rules.STRUCTURE, "the five pedigree scores (1-5) are required");
            return;
        }
        Map<String, Integer> scores = new HashMap<>();
        scores.put("reliability", pedigree.reliability());
        scores.put("completeness", pedigree.completeness());
        scores.put("temporal", pedigree.temporal());
        scores.put("geographical", pedigree.geographical());
        scores.put("technological", pedigree.technological());
        for (String name : new TreeSet<>(scores.keySet())) {
            Integer score = scores.get(name);
            if (score == null || score < 1 || score > 5) {
                findings.error(field + "." + name, Rules.STRUCTURE, "a score from 1 (best) to 5 is required");
            }
        }
    }

    static boolean isKnownUnit(String unit) {
        try {
            ActivityUnits.canonical(unit);
            return true;
        } catch (UnitException e) {
            return false;
        }
    }

    static boolean isMass(String unit) {
        return isKnownUnit(unit) && ActivityUnits.compatible(unit, "t");
    }

    static boolean compatible(String a, String b) {
        return isKnownUnit(a) && isKnownUnit(b) && ActivityUnits.compatible(a, b);
    }

    private static BigDecimal decimal(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal value) {
        return ActivityUnits.plain(value.round(new MathContext(6, RoundingMode.HALF_EVEN))).toPlainString();
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(BigDecimal.valueOf(100))) + " %";
    }
}
