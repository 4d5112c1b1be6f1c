package org.copperpcf.supplier.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.PlausibilityFlag;
import org.copperpcf.supplier.model.Codes;
import org.copperpcf.supplier.rest.DisclosureRequest;
import org.copperpcf.supplier.rest.DisclosureRequest.Certificate;
import org.copperpcf.supplier.rest.DisclosureRequest.Contract;
import org.copperpcf.supplier.rest.DisclosureRequest.Line;

/**
 * What makes disclosure content valid (every violation names its field) and what makes it worth a reviewer's look
 * (plausibility flags with the range's source). Pure: references to facilities and evidence are checked by the
 * service, which knows the database.
 */
public final class DisclosureRules {
    static final int MAX_LINES = 100_000;
    private static final int MAX_NOTE = 2000;
    private static final BigDecimal KWH_PER_MWH = new BigDecimal("1000");
    /** Scrap input above this multiple of production is more metal than any yield explains. */
    private static final BigDecimal MAX_SCRAP_PER_PRODUCT = new BigDecimal("1.2");
    /** Unit → (target unit → factor), for comparing totals and ranges. */
    private static final Map<String, Map<String, BigDecimal>> CONVERSIONS = Map.of(
            "MWh", Map.of("kWh", KWH_PER_MWH, "MWh", BigDecimal.ONE),
            "kWh", Map.of("kWh", BigDecimal.ONE, "MWh", new BigDecimal("0.001")),
            "t", Map.of("t", BigDecimal.ONE),
            "kg", Map.of("t", new BigDecimal("0.001")),
            "Nm3", Map.of("Nm3", BigDecimal.ONE));

    private final PlausibilityRanges ranges;

    public DisclosureRules(PlausibilityRanges ranges) {
        this.ranges = ranges;
    }

    /** Every violation of {@code request}, in field order; empty when it may be stored. */
    public List<Violation> violations(DisclosureRequest request, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (request.facilityId() == null) {
            violations.add(new Violation("facilityId", "is required"));
        }
        if (request.process() == null) {
            violations.add(new Violation("process", "is required"));
        } else if (!Codes.ROUTES.contains(request.process())) {
            violations.add(new Violation("process", "unknown process '" + request.process() + "'; allowed: "
                    + sorted(Codes.ROUTES)));
        }
        period(request.periodStart(), request.periodEnd(), today, violations);
        if (request.product() == null) {
            violations.add(new Violation("product", "is required"));
        } else if (!Codes.PRODUCTS.contains(request.product())) {
            violations.add(new Violation("product", "unknown product '" + request.product() + "'; allowed: "
                    + sorted(Codes.PRODUCTS)));
        }
        if (request.production() == null) {
            violations.add(new Violation("production", "is required"));
        } else {
            positive("production.amount", request.production().amount(), violations);
            if (!"t".equals(request.production().unit())) {
                violations.add(new Violation("production.unit", "must be 't' (tonnes of product)"));
            }
        }
        List<Line> lines = request.linesOrEmpty();
        if (lines.isEmpty()) {
            violations.add(new Violation("lines", "at least one activity line is required"));
        } else if (lines.size() > MAX_LINES) {
            violations.add(new Violation("lines", "at most " + MAX_LINES + " lines per disclosure"));
        }
        for (int i = 0; i < lines.size(); i++) {
            line("lines[" + i + "]", lines.get(i), violations);
        }
        List<Contract> contracts = request.contractsOrEmpty();
        for (int i = 0; i < contracts.size(); i++) {
            contract("electricityContracts[" + i + "]", contracts.get(i), violations);
        }
        List<Certificate> certificates = request.certificatesOrEmpty();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < certificates.size(); i++) {
            certificate("greenCertificates[" + i + "]", certificates.get(i), request.periodEnd(), seen, violations);
        }
        if (violations.isEmpty()) {
            electricityCoversInstruments(request, violations);
        }
        return violations;
    }

    /** Findings for the reviewer on valid content: values outside plausible ranges, missing redemption evidence. */
    public List<PlausibilityFlag> flags(DisclosureRequest request) {
        List<PlausibilityFlag> flags = new ArrayList<>();
        BigDecimal production = request.production().amount();
        List<Line> lines = request.linesOrEmpty();
        for (String item : List.of("electricity", "natural_gas")) {
            ranges.of(request.process(), item).ifPresent(range -> {
                BigDecimal total = total(lines, "energy", item, range.unit());
                if (total == null || total.signum() == 0) {
                    return;
                }
                BigDecimal perTonne = total.divide(production, 3, RoundingMode.HALF_EVEN);
                if (perTonne.compareTo(range.min()) < 0 || perTonne.compareTo(range.max()) > 0) {
                    flags.add(new PlausibilityFlag(flags.size() + 1, "lines[" + firstIndex(lines, "energy", item) + "]",
                            item + " is " + perTonne.stripTrailingZeros().toPlainString() + " " + range.unit()
                                    + "/t of " + request.product() + ", outside the plausible "
                                    + range.min().toPlainString() + "–" + range.max().toPlainString() + " "
                                    + range.unit() + "/t for " + request.process(), range.source()));
                }
            });
        }
        BigDecimal scrap = BigDecimal.ZERO;
        for (Line line : lines) {
            if ("scrap".equals(line.category())) {
                scrap = scrap.add(convert(line.amount(), line.unit(), "t"));
            }
        }
        if (scrap.compareTo(production.multiply(MAX_SCRAP_PER_PRODUCT)) > 0) {
            flags.add(new PlausibilityFlag(flags.size() + 1, "lines", "scrap input of "
                    + scrap.stripTrailingZeros().toPlainString() + " t exceeds 1.2 × the production of "
                    + production.toPlainString() + " t", "metal balance: output cannot be much below metal input"));
        }
        List<Certificate> certificates = request.certificatesOrEmpty();
        for (int i = 0; i < certificates.size(); i++) {
            Certificate certificate = certificates.get(i);
            if (certificate.redemptionEvidenceId() == null) {
                flags.add(new PlausibilityFlag(flags.size() + 1, "greenCertificates[" + i + "].redemptionEvidenceId",
                        "no redemption (cancellation) evidence for certificate " + certificate.certificateId(),
                        "ISO 14067: contractual instruments must be unique, tracked and redeemed"));
            } else if (request.periodStart() != null && certificate.vintage() < request.periodStart().getYear()) {
                flags.add(new PlausibilityFlag(flags.size() + 1, "greenCertificates[" + i + "].vintage",
                        "vintage " + certificate.vintage() + " is before the reporting period",
                        "ISO 14067: instruments should match the vintage of the consumption"));
            }
        }
        return flags;
    }

    private static void period(LocalDate start, LocalDate end, LocalDate today, List<Violation> violations) {
        if (start == null) {
            violations.add(new Violation("periodStart", "is required"));
        }
        if (end == null) {
            violations.add(new Violation("periodEnd", "is required"));
        }
        if (start == null || end == null) {
            return;
        }
        if (!end.isAfter(start)) {
            violations.add(new Violation("periodEnd", "must be after periodStart (the end is exclusive)"));
        } else if (ChronoUnit.DAYS.between(start, end) > 366) {
            violations.add(new Violation("periodEnd", "a reporting period is at most one year"));
        }
        if (start.getYear() < 2000) {
            violations.add(new Violation("periodStart", "must be in 2000 or later"));
        }
        if (end.isAfter(today.plusDays(1))) {
            violations.add(new Violation("periodEnd", "the reporting period must have ended"));
        }
    }

    private static void line(String field, Line line, List<Violation> violations) {
        if (line == null) {
            violations.add(new Violation(field, "must not be null"));
            return;
        }
        Map<String, List<String>> items = line.category() == null ? null : Codes.ITEMS.get(line.category());
        if (items == null) {
            violations.add(new Violation(field + ".category", "allowed: " + sorted(Codes.ITEMS.keySet())));
        } else if (line.item() == null || !items.containsKey(line.item())) {
            violations.add(new Violation(field + ".item", "for " + line.category() + " allowed: "
                    + sorted(items.keySet())));
        } else if (line.unit() == null || !items.get(line.item()).contains(line.unit())) {
            violations.add(new Violation(field + ".unit", (line.unit() == null ? "is required"
                    : "unknown unit '" + line.unit() + "'") + "; for " + line.item() + " allowed: "
                    + String.join(", ", items.get(line.item()))));
        }
        if (line.amount() == null) {
            violations.add(new Violation(field + ".amount", "is required"));
        } else if (line.amount().signum() < 0) {
            violations.add(new Violation(field + ".amount", "must be zero or greater"));
        }
        boolean scrap = "scrap".equals(line.category());
        if (scrap && !Codes.SCRAP_KINDS.contains(String.valueOf(line.scrapKind()))) {
            violations.add(new Violation(field + ".scrapKind", "scrap needs pre_consumer or post_consumer"));
        } else if (!scrap && line.scrapKind() != null) {
            violations.add(new Violation(field + ".scrapKind", "only scrap lines have a scrap kind"));
        }
        boolean transport = "transport".equals(line.category());
        if (transport) {
            positive(field + ".distanceKm", line.distanceKm(), violations);
        } else if (line.distanceKm() != null) {
            violations.add(new Violation(field + ".distanceKm", "only transport lines have a distance"));
        }
        if (!Codes.DATA_TYPES.contains(String.valueOf(line.dataType()))) {
            violations.add(new Violation(field + ".dataType", "allowed: " + sorted(Codes.DATA_TYPES)));
        }
        if (line.pedigree() != null) {
            score(field + ".pedigree.reliability", line.pedigree().reliability(), violations);
            score(field + ".pedigree.completeness", line.pedigree().completeness(), violations);
            score(field + ".pedigree.temporal", line.pedigree().temporal(), violations);
            score(field + ".pedigree.geographical", line.pedigree().geographical(), violations);
            score(field + ".pedigree.technological", line.pedigree().technological(), violations);
        }
        if (line.note() != null && line.note().length() > MAX_NOTE) {
            violations.add(new Violation(field + ".note", "at most " + MAX_NOTE + " characters"));
        }
    }

    private static void contract(String field, Contract contract, List<Violation> violations) {
        if (contract == null) {
            violations.add(new Violation(field, "must not be null"));
            return;
        }
        if (contract.contractId() == null || contract.contractId().isBlank()) {
            violations.add(new Violation(field + ".contractId", "is required"));
        }
        if (!Codes.CONTRACT_KINDS.contains(String.valueOf(contract.kind()))) {
            violations.add(new Violation(field + ".kind", "allowed: " + sorted(Codes.CONTRACT_KINDS)));
        }
        positive(field + ".mwh", contract.mwh(), violations);
        if (contract.generationType() != null && !Codes.GENERATION_TYPES.contains(contract.generationType())) {
            violations.add(new Violation(field + ".generationType", "allowed: " + sorted(Codes.GENERATION_TYPES)));
        }
    }

    private static void certificate(String field, Certificate certificate, LocalDate periodEnd, Set<String> seen,
                                    List<Violation> violations) {
        if (certificate == null) {
            violations.add(new Violation(field, "must not be null"));
            return;
        }
        if (certificate.certificateId() == null || certificate.certificateId().isBlank()) {
            violations.add(new Violation(field + ".certificateId", "is required"));
        } else if (certificate.certificateId().length() > 200) {
            violations.add(new Violation(field + ".certificateId", "at most 200 characters"));
        } else if (!seen.add(certificate.certificateId())) {
            violations.add(new Violation(field + ".certificateId", "certificate '" + certificate.certificateId()
                    + "' is listed twice"));
        }
        positive(field + ".mwh", certificate.mwh(), violations);
        if (certificate.vintage() == null) {
            violations.add(new Violation(field + ".vintage", "is required"));
        } else if (certificate.vintage() < 2000 || periodEnd != null && certificate.vintage() > periodEnd.getYear()) {
            violations.add(new Violation(field + ".vintage", "must be a year from 2000 to the end of the period"));
        }
        if (!Codes.GENERATION_TYPES.contains(String.valueOf(certificate.generationType()))) {
            violations.add(new Violation(field + ".generationType", "allowed: " + sorted(Codes.GENERATION_TYPES)));
        }
    }

    /** Certificates and contracts cannot cover more electricity than the lines say was used. */
    private static void electricityCoversInstruments(DisclosureRequest request, List<Violation> violations) {
        BigDecimal instruments = BigDecimal.ZERO;
        for (Certificate certificate : request.certificatesOrEmpty()) {
            instruments = instruments.add(certificate.mwh());
        }
        for (Contract contract : request.contractsOrEmpty()) {
            instruments = instruments.add(contract.mwh());
        }
        if (instruments.signum() == 0) {
            return;
        }
        BigDecimal electricity = total(request.linesOrEmpty(), "energy", "electricity", "MWh");
        if (electricity == null || instruments.compareTo(electricity) > 0) {
            violations.add(new Violation(request.certificatesOrEmpty().isEmpty() ? "electricityContracts"
                    : "greenCertificates", "certificates and contracts cover " + instruments.toPlainString()
                    + " MWh but the electricity lines total " + (electricity == null ? "0"
                    : electricity.stripTrailingZeros().toPlainString()) + " MWh"));
        }
    }

    /** The total of a category's item in {@code unit}; null when the item has no lines. */
    private static BigDecimal total(List<Line> lines, String category, String item, String unit) {
        BigDecimal total = null;
        for (Line line : lines) {
            if (category.equals(line.category()) && item.equals(line.item())) {
                BigDecimal converted = convert(line.amount(), line.unit(), unit);
                if (converted != null) {
                    total = total == null ? converted : total.add(converted);
                }
            }
        }
        return total;
    }

    private static BigDecimal convert(BigDecimal amount, String from, String to) {
        Map<String, BigDecimal> targets = CONVERSIONS.get(from);
        BigDecimal factor = targets == null ? null : targets.get(to);
        return factor == null ? null : amount.multiply(factor);
    }

    private static int firstIndex(List<Line> lines, String category, String item) {
        for (int i = 0; i < lines.size(); i++) {
            if (category.equals(lines.get(i).category()) && item.equals(lines.get(i).item())) {
                return i;
            }
        }
        return 0;
    }

    private static void positive(String field, BigDecimal value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "is required"));
        } else if (value.signum() <= 0) {
            violations.add(new Violation(field, "must be greater than zero"));
        }
    }

    private static void score(String field, Integer score, List<Violation> violations) {
        if (score != null && (score < 1 || score > 5)) {
            violations.add(new Violation(field, "must be 1 (best) to 5"));
        }
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
