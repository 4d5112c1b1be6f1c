package org.copperpcf.certification.sampling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.SupplierInput;
import org.copperpcf.contracts.supplier.DisclosureAccepted;

/**
 * What an evidence sample is drawn from, for one footprint version: every activity line of the disclosures its
 * lineage names, and every evidence file those lines cite, each with its weight (its contribution to the footprint)
 * and the rule that gave it. Items are in the canonical order the draw and the hash use: lines by disclosure id
 * (as text) then line number, evidence files by id (as text).
 */
public record Population(List<Item> lines, List<Item> evidence, Map<UUID, String> weightRules, String hash) {
    public static final String LINE = "line";
    public static final String EVIDENCE = "evidence";
    /** |kgCo2e| of the line from SupplierInput.lines. */
    public static final String RULE_LINE_CONTRIBUTION = "line-contribution";
    /** The node's breakdown.byProcess contribution, split equally over the disclosure's lines. */
    public static final String RULE_NODE_SPLIT = "node-contribution-split";
    /** The supplier input's share of the footprint total, split equally over the disclosure's lines. */
    public static final String RULE_SHARE_SPLIT = "share-split";
    /** Nothing to weigh the line by: weight 0, drawn only after every positive item. */
    public static final String RULE_NONE = "none";
    /** Evidence files: the sum of the weights of the lines citing them. */
    public static final String RULE_CITING_LINES = "sum-of-citing-lines";

    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final Comparator<String> TEXT = Comparator.naturalOrder();

    /**
     * One line or evidence file. {@code detail} is what the certifier looks at (the line as disclosed, or the file's
     * name, hash and the lines citing it).
     */
    public record Item(String kind, UUID disclosureId, Integer lineNo, UUID evidenceId, BigDecimal weight,
                       String weightRule, Object detail) {
        String canonical() {
            return LINE.equals(kind)
                    ? LINE + "|" + disclosureId + "|" + lineNo + "|" + plain(weight)
                    : EVIDENCE + "|" + evidenceId + "|" + plain(weight);
        }
    }

    /** An evidence file as the sample shows it. */
    public record EvidenceDetail(String fileName, String mediaType, long sizeBytes, String sha256,
                                 List<String> citedBy) {
    }

    /** Thrown when the lineage names a disclosure this service has not replicated (yet). */
    public static final class MissingDisclosures extends RuntimeException {
        private final List<UUID> missing;

        MissingDisclosures(List<UUID> missing) {
            super("disclosures not replicated: " + missing);
            this.missing = List.copyOf(missing);
        }

        public List<UUID> missing() {
            return missing;
        }
    }

    /**
     * Builds the population of {@code footprint} from the disclosures {@code disclosures} finds.
     *
     * @throws MissingDisclosures when a disclosure of the lineage is not found
     */
    public static Population of(FootprintPublished footprint, Function<UUID, Optional<DisclosureAccepted>> disclosures) {
        List<SupplierInput> inputs = footprint.lineage() == null || footprint.lineage().supplierData() == null
                ? List.of()
                : footprint.lineage().supplierData().stream()
                        .filter(s -> "disclosure".equals(s.kind()) && s.id() != null).toList();
        TreeMap<String, DisclosureAccepted> named = new TreeMap<>(TEXT);
        List<UUID> missing = new ArrayList<>();
        for (SupplierInput input : inputs) {
            if (named.containsKey(input.id().toString()) || missing.contains(input.id())) {
                continue;
            }
            disclosures.apply(input.id()).ifPresentOrElse(d -> named.put(d.disclosureId().toString(), d),
                    () -> missing.add(input.id()));
        }
        if (!missing.isEmpty()) {
            throw new MissingDisclosures(missing);
        }
        Map<UUID, String> rules = new LinkedHashMap<>();
        List<Item> lines = new ArrayList<>();
        TreeMap<String, BigDecimal> evidenceWeights = new TreeMap<>(TEXT);
        TreeMap<String, List<String>> citedBy = new TreeMap<>(TEXT);
        Map<String, DisclosureAccepted.Evidence> files = new LinkedHashMap<>();
        for (DisclosureAccepted disclosure : named.values()) {
            List<DisclosureAccepted.Line> disclosed = disclosure.lines() == null ? List.of()
                    : disclosure.lines().stream().sorted(Comparator.comparingInt(DisclosureAccepted.Line::lineNo))
                            .toList();
            Map<Integer, BigDecimal> weights = new TreeMap<>();
            Set<String> used = new LinkedHashSet<>();
            for (SupplierInput input : inputs) {
                if (input.id().equals(disclosure.disclosureId())) {
                    used.add(weigh(footprint, input, disclosed, weights));
                }
            }
            String rule = String.join("+", used);
            rules.put(disclosure.disclosureId(), rule);
            if (disclosure.evidence() != null) {
                disclosure.evidence().forEach(e -> files.putIfAbsent(e.id().toString(), e));
            }
            for (DisclosureAccepted.Line line : disclosed) {
                BigDecimal weight = weights.getOrDefault(line.lineNo(), BigDecimal.ZERO);
                lines.add(new Item(LINE, disclosure.disclosureId(), line.lineNo(), null, weight, rule, line));
                if (line.evidenceIds() != null) {
                    for (UUID evidenceId : new LinkedHashSet<>(line.evidenceIds())) {
                        evidenceWeights.merge(evidenceId.toString(), weight, BigDecimal::add);
                        citedBy.computeIfAbsent(evidenceId.toString(), k -> new ArrayList<>())
                                .add(disclosure.disclosureId() + "#" + line.lineNo());
                    }
                }
            }
        }
        List<Item> evidence = new ArrayList<>();
        evidenceWeights.forEach((id, weight) -> {
            DisclosureAccepted.Evidence file = files.get(id);
            EvidenceDetail detail = file == null
                    ? new EvidenceDetail(null, null, 0, null, citedBy.get(id))
                    : new EvidenceDetail(file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(),
                            citedBy.get(id));
            evidence.add(new Item(EVIDENCE, null, null, UUID.fromString(id), weight, RULE_CITING_LINES, detail));
        });
        return new Population(List.copyOf(lines), List.copyOf(evidence), rules, hash(lines, evidence));
    }

    /** Adds one supplier input's contribution to the line weights of its disclosure; returns the rule used. */
    private static String weigh(FootprintPublished footprint, SupplierInput input, List<DisclosureAccepted.Line> lines,
                                Map<Integer, BigDecimal> weights) {
        if (input.lines() != null) {
            input.lines().forEach(c -> weights.merge(c.lineNo(), c.kgCo2e().abs(), BigDecimal::add));
            return RULE_LINE_CONTRIBUTION;
        }
        if (lines.isEmpty()) {
            return RULE_NONE;
        }
        BigDecimal total;
        String rule;
        BigDecimal node = input.node() == null || footprint.breakdown() == null
                || footprint.breakdown().byProcess() == null ? null : footprint.breakdown().byProcess().get(input.node());
        if (node != null) {
            total = node.abs();
            rule = RULE_NODE_SPLIT;
        } else if (input.share() != null && footprint.kgCo2e() != null) {
            total = input.share().multiply(footprint.kgCo2e()).abs();
            rule = RULE_SHARE_SPLIT;
        } else {
            return RULE_NONE;
        }
        BigDecimal each = total.divide(BigDecimal.valueOf(lines.size()), PRECISION);
        lines.forEach(l -> weights.merge(l.lineNo(), each, BigDecimal::add));
        return rule;
    }

    /** SHA-256 over one text line per item ({@code line|disclosure|lineNo|weight}, {@code evidence|id|weight}). */
    static String hash(List<Item> lines, List<Item> evidence) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Item item : lines) {
                sha.update((item.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Item item : evidence) {
                sha.update((item.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String plain(BigDecimal weight) {
        return weight.signum() == 0 ? "0" : weight.stripTrailingZeros().toPlainString();
    }
}
