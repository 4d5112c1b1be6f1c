package org.copperpcf.footprint.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.calculation.ReplicaReader;
import org.copperpcf.footprint.model.FootprintSignature;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.replica.ReplicatedDisclosure;
import org.copperpcf.footprint.replica.ReplicatedInventory;
import org.copperpcf.footprint.replica.ReplicatedSupplierFootprint;
import org.copperpcf.kit.signing.SigningKeys;
import org.copperpcf.lca.Calculator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The audit bundle of a footprint version: everything that produced it, as one ZIP a certifier checks offline
 * (docs/signatures-and-bundles.md). The content files are listed with their SHA-256 in {@value #MANIFEST}, which the
 * service signs ({@value #MANIFEST_JWS}); beside them are the version's own signature and the public keys.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class AuditBundleService {
    public static final String MANIFEST = "manifest.sha256";
    public static final String MANIFEST_JWS = "manifest.jws";
    public static final String SIGNATURE = "signature.jws";
    public static final String JWKS = "jwks.json";
    public static final String MANIFEST_TYPE = "pcf-bundle-manifest+jws";
    private static final String EVIDENCE_FOLDER = "evidence/";

    private final ObjectMapper json;
    private final SigningKeys keys;
    private final ReplicaReader replicas;
    private final FootprintCalculator calculator;

    public AuditBundleService(ObjectMapper json, SigningKeys keys, ReplicaReader replicas,
                              FootprintCalculator calculator) {
        this.json = json;
        this.keys = keys;
        this.replicas = replicas;
        this.calculator = calculator;
    }

    /** The factor release a version used, as its lineage names it. */
    public record ReleaseRef(UUID id, String name, Long version, String contentHash) {
    }

    /** A factor key the version used and the factor as released (null when the replica lacks it). */
    public record FactorUsed(String key, ReleaseRef release, ReleasedFactor factor) {
    }

    /** A template or process version with its full model (null when the replica lacks it). */
    public record InventoryUsed(String kind, UUID id, String key, Integer version, String contentHash,
                                JsonNode model) {
    }

    public record Inventories(InventoryUsed template, List<InventoryUsed> processes) {
    }

    /** Supplier data the lineage names, its content from the replica and the evidence files it cites. */
    public record SupplierDataUsed(FootprintPublished.SupplierInput lineage, String status, JsonNode content,
                                   List<DisclosureAccepted.Evidence> evidence) {
    }

    public record Engine(String name, String version, String solver) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Methodology(FootprintPublished.Methodology methodology, String gwpSet, String electricityMethod,
                              Engine engine) {
    }

    /** An evidence file the bundle should carry but does not, and why. */
    public record MissingEvidence(UUID id, String fileName, String sha256, UUID disclosureId, String reason) {
    }

    /**
     * The ZIP of {@code version}. {@code footprint} is the version as the API shows it; {@code signature} the
     * version's stored signature.
     */
    public byte[] bundle(Object footprint, FootprintVersion version, FootprintSignature signature) {
        FootprintPublished.Lineage lineage = EventJson.fromJson(version.lineage, FootprintPublished.Lineage.class);
        FootprintCalculator.Outcome outcome = EventJson.fromJson(version.result, FootprintCalculator.Outcome.class);
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("footprint.json", pretty(footprint));
        files.put("lineage.json", pretty(EventJson.readTree(version.lineage)));
        files.put("factors.json", pretty(factors(lineage)));
        files.put("inventories.json", pretty(inventories(lineage)));
        List<SupplierDataUsed> supplierData = supplierData(lineage);
        files.put("disclosures.json", pretty(supplierData));
        files.put("methodology.json", pretty(new Methodology(outcome.methodology(), lineage.gwpSet(),
                lineage.electricityMethod(), new Engine(Calculator.NAME, Calculator.version(),
                calculator.solverName()))));
        files.put("missing-evidence.json", pretty(evidence(supplierData, files)));

        byte[] manifest = manifest(files);
        Map<String, byte[]> signed = new TreeMap<>();
        signed.put(MANIFEST, manifest);
        signed.put(MANIFEST_JWS, keys.sign(manifest, MANIFEST_TYPE).getBytes(StandardCharsets.US_ASCII));
        signed.put(SIGNATURE, signature.jws.getBytes(StandardCharsets.US_ASCII));
        signed.put(JWKS, pretty(keys.jwks()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map<String, byte[]> group : List.of(files, signed)) {
                for (Map.Entry<String, byte[]> file : group.entrySet()) {
                    ZipEntry entry = new ZipEntry(file.getKey());
                    entry.setTime(version.calculatedAt.toEpochMilli());
                    zip.putNextEntry(entry);
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the bundle failed", e);
        }
        return out.toByteArray();
    }

    /** {@code sha256sum} format: one {@code <hex>  <path>} line per file, sorted by path. */
    static byte[] manifest(SortedMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((path, content) -> manifest.append(sha256(content)).append("  ").append(path).append('\n'));
        return manifest.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<FactorUsed> factors(FootprintPublished.Lineage lineage) {
        FootprintPublished.InputRef ref = lineage.factorRelease();
        Optional<ReplicaReader.Release> release = ref == null ? Optional.empty()
                : ref.id() != null ? replicas.releaseIfPresent(ref.id()) : replicas.release(ref.key());
        ReleaseRef releaseRef = ref == null ? null : new ReleaseRef(release.map(ReplicaReader.Release::id)
                .orElse(ref.id()), ref.key(), release.map(ReplicaReader.Release::version)
                .orElse(ref.version() == null ? null : ref.version().longValue()), ref.contentHash());
        List<String> used = lineage.factors() == null ? List.of() : lineage.factors();
        return used.stream().sorted().map(key -> new FactorUsed(key, releaseRef,
                release.map(r -> r.factors().get(key)).orElse(null))).toList();
    }

    private static Inventories inventories(FootprintPublished.Lineage lineage) {
        List<InventoryUsed> processes = lineage.processes() == null ? List.of()
                : lineage.processes().stream().map(p -> inventory("process", p)).toList();
        return new Inventories(lineage.template() == null ? null : inventory("template", lineage.template()),
                processes);
    }

    private static InventoryUsed inventory(String kind, FootprintPublished.InputRef ref) {
        Optional<ReplicatedInventory> row = ref.id() != null
                ? ReplicatedInventory.<ReplicatedInventory>findByIdOptional(ref.id())
                : ReplicatedInventory.resolve(kind, ref.key(), ref.version());
        return new InventoryUsed(kind, ref.id(), ref.key(), ref.version(), ref.contentHash(),
                row.map(r -> EventJson.readTree(r.model)).orElse(null));
    }

    private static List<SupplierDataUsed> supplierData(FootprintPublished.Lineage lineage) {
        List<SupplierDataUsed> used = new ArrayList<>();
        for (FootprintPublished.SupplierInput input : lineage.supplierData() == null
                ? List.<FootprintPublished.SupplierInput>of() : lineage.supplierData()) {
            if ("disclosure".equals(input.kind())) {
                Optional<ReplicatedDisclosure> row = ReplicatedDisclosure.findByIdOptional(input.id());
                List<DisclosureAccepted.Evidence> evidence = row.filter(r -> r.content != null)
                        .map(r -> EventJson.fromJson(r.content, DisclosureAccepted.class).evidence())
                        .orElse(null);
                used.add(new SupplierDataUsed(input, row.map(r -> r.status).orElse(null),
                        row.filter(r -> r.content != null).map(r -> EventJson.readTree(r.content)).orElse(null),
                        evidence == null ? List.of() : evidence));
            } else {
                Optional<ReplicatedSupplierFootprint> row = ReplicatedSupplierFootprint.findByIdOptional(input.id());
                used.add(new SupplierDataUsed(input, row.map(r -> r.status).orElse(null),
                        row.map(r -> EventJson.readTree(r.document)).orElse(null), List.of()));
            }
        }
        return used;
    }

    /**
     * Adds every evidence file the supplier data cites to {@code files} (read from the evidence replica, checked
     * against its SHA-256) and returns those it cannot.
     */
    @SuppressWarnings("unchecked")
    private static List<MissingEvidence> evidence(List<SupplierDataUsed> supplierData, Map<String, byte[]> files) {
        Map<UUID, UUID> disclosureOf = new HashMap<>();
        Map<UUID, DisclosureAccepted.Evidence> cited = new TreeMap<>();
        for (SupplierDataUsed data : supplierData) {
            for (DisclosureAccepted.Evidence evidence : data.evidence()) {
                cited.put(evidence.id(), evidence);
                disclosureOf.put(evidence.id(), data.lineage().id());
            }
        }
        Map<UUID, byte[]> contents = new HashMap<>();
        if (!cited.isEmpty()) {
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select evidence_id, content "
                            + "from evidence_file where evidence_id = any(cast(?1 as uuid[]))", Object[].class)
                    .setParameter(1, cited.keySet().toArray(UUID[]::new)).getResultList();
            rows.forEach(row -> contents.put((UUID) row[0], (byte[]) row[1]));
        }
        List<MissingEvidence> missing = new ArrayList<>();
        cited.forEach((id, evidence) -> {
            byte[] content = contents.get(id);
            if (content == null) {
                missing.add(new MissingEvidence(id, evidence.fileName(), evidence.sha256(), disclosureOf.get(id),
                        "not (yet) replicated from pcf.evidence.v1"));
            } else if (!sha256(content).equals(evidence.sha256())) {
                missing.add(new MissingEvidence(id, evidence.fileName(), evidence.sha256(), disclosureOf.get(id),
                        "the replicated content does not have the SHA-256 the disclosure cites"));
            } else {
                files.put(EVIDENCE_FOLDER + evidence.sha256() + "-" + safe(evidence.fileName()), content);
            }
        });
        return missing;
    }

    /** A file name as one harmless path segment: no folders, no spaces or control characters. */
    static String safe(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "file" : name;
    }

    private byte[] pretty(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
