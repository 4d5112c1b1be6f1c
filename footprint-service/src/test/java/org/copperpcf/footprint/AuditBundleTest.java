package org.copperpcf.footprint;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.EvidenceFilePublished;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.kit.signing.Jws;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The audit bundle of a footprint version, checked by exactly what a certifier runs: the single-file verifier in
 * tools/bundle-verifier, launched as a JDK source program on nothing but the downloaded ZIP.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuditBundleTest {
    private static final Path VERIFIER = Path.of("..", "tools", "bundle-verifier", "VerifyBundle.java");
    private static final byte[] METER_READINGS = "month,MWh\n2025-01,11650\n2025-02,11420\n"
            .getBytes(StandardCharsets.UTF_8);

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @TempDir
    Path folder;

    @BeforeEach
    void seedsReplicated() {
        SeededReplicas.replicate(broker);
    }

    /** The output and exit code of one verifier run. */
    private record Run(int exit, String output) {
    }

    @Test
    void aCertifierVerifiesTheBundleOfflineAndAChangedOrMissingFileIsNamed() throws IOException {
        UUID supplier = UUID.randomUUID();
        UUID disclosure = UUID.randomUUID();
        DisclosureAccepted.Evidence held = new DisclosureAccepted.Evidence(UUID.randomUUID(), "meter readings 2025.csv",
                "text/csv", METER_READINGS.length, sha256(METER_READINGS));
        DisclosureAccepted.Evidence notYetHere = new DisclosureAccepted.Evidence(UUID.randomUUID(), "invoice.pdf",
                "application/pdf", 2048, "ab".repeat(32));
        SeededReplicas.accept(broker, withEvidence(SeededReplicas.smelterDisclosure(supplier, disclosure, 1,
                DisclosureAccepted.ACCEPTED, null, 140_000, List.of()), List.of(held, notYetHere)));
        EvidenceFilePublished.partsOf(held.id(), supplier, disclosure, held.fileName(), held.mediaType(),
                held.sha256(), METER_READINGS).forEach(part -> SeededReplicas.publishEvidence(broker, part));
        await().atMost(SeededReplicas.PATIENCE).until(() -> evidenceFileStored(held.id()));
        String id = TestFootprints.create(FootprintSignatureTest.CATHODE.formatted(supplier));
        JsonPath view = given().auth().oauth2(TestTokens.certifier()).when().get("/api/v1/footprints/" + id)
                .then().statusCode(200).extract().jsonPath();

        Path bundle = download(id, 1, "bundle.zip");
        Map<String, byte[]> files = unzip(bundle);
        String evidencePath = "evidence/" + held.sha256() + "-meter_readings_2025.csv";
        assertEquals(Set.of("footprint.json", "lineage.json", "factors.json", "inventories.json",
                "disclosures.json", "methodology.json", "missing-evidence.json", evidencePath, "manifest.sha256",
                "manifest.jws", "signature.jws", "jwks.json"), files.keySet());
        assertEquals(new String(METER_READINGS, StandardCharsets.UTF_8),
                new String(files.get(evidencePath), StandardCharsets.UTF_8));
        JsonPath footprint = json(files, "footprint.json");
        assertEquals(view.getString("resultHash"), footprint.getString("resultHash"));
        assertEquals(view.getString("inputsHash"), footprint.getString("inputsHash"));
        assertEquals(notYetHere.id().toString(), json(files, "missing-evidence.json").getString("[0].id"));
        assertEquals(1, json(files, "missing-evidence.json").getList("$").size());
        JsonPath disclosures = json(files, "disclosures.json");
        assertEquals(disclosure.toString(), disclosures.getString("[0].lineage.id"));
        assertEquals(List.of(held.sha256(), notYetHere.sha256()), disclosures.getList("[0].evidence.sha256"));
        assertEquals("ELECTROREFINING", disclosures.getString("[0].content.process"));
        JsonPath factors = json(files, "factors.json");
        assertTrue(factors.getList("$").size() > 3);
        assertEquals("CN-2025.1", factors.getString("[0].release.name"));
        assertNotNull(factors.getString("[0].factor.co2ePerUnit"));
        assertNotNull(factors.getString("[0].factor.source.publisher"));
        JsonPath inventories = json(files, "inventories.json");
        assertEquals("cathode.pyro-flash.cn", inventories.getString("template.key"));
        assertEquals(view.getString("lineage.template.contentHash"), inventories.getString("template.contentHash"));
        assertNotNull(inventories.get("processes[0].model.exchanges"));
        JsonPath methodology = json(files, "methodology.json");
        assertEquals("copper-pcf lca-engine", methodology.getString("engine.name"));
        assertTrue(methodology.getString("engine.version").matches("\\d+\\.\\d+\\.\\d+.*"),
                methodology.getString("engine.version"));
        assertTrue(methodology.getString("engine.solver").startsWith("automatic("));
        List<String> listed = new String(files.get("manifest.sha256"), StandardCharsets.UTF_8).lines()
                .map(line -> line.substring(66)).toList();
        assertEquals(listed.stream().sorted().toList(), listed, "sorted by path");
        assertEquals(8, listed.size());

        Run run = verify(bundle);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("OK    sha256 " + evidencePath), run.output());

        Path changed = rewrite(bundle, "changed.zip", Map.of("factors.json", flipFirstDigit(files.get("factors.json"))));
        Run tampered = verify(changed);
        assertNotEquals(0, tampered.exit(), tampered.output());
        assertTrue(tampered.output().contains("FAIL  sha256 factors.json: expected"), tampered.output());

        Path withoutEvidence = rewrite(bundle, "without-evidence.zip", Map.of(evidencePath, new byte[0]));
        Run missing = verify(withoutEvidence);
        assertNotEquals(0, missing.exit(), missing.output());
        assertTrue(missing.output().contains("FAIL  sha256 " + evidencePath + ": listed in manifest.sha256 but "
                + "missing from the bundle"), missing.output());

        Path reManifested = rewrite(bundle, "re-manifested.zip", Map.of("factors.json",
                flipFirstDigit(files.get("factors.json")), "manifest.sha256", new String(files.get("manifest.sha256"),
                        StandardCharsets.UTF_8).replace(sha256(files.get("factors.json")),
                        sha256(flipFirstDigit(files.get("factors.json")))).getBytes(StandardCharsets.UTF_8)));
        Run unsignedManifest = verify(reManifested);
        assertNotEquals(0, unsignedManifest.exit(), unsignedManifest.output());
        assertTrue(unsignedManifest.output().contains("OK    sha256 factors.json"), unsignedManifest.output());
        assertTrue(unsignedManifest.output().contains("FAIL  manifest.jws signs manifest.sha256"),
                unsignedManifest.output());

        Jws.Parsed signed = Jws.parse(new String(files.get("signature.jws"), StandardCharsets.US_ASCII));
        String forgery = Jws.sign(Jws.generate().getPrivate(), signed.kid(), signed.typ(), signed.payload());
        Run forged = verify(rewrite(bundle, "forged.zip", Map.of("signature.jws",
                forgery.getBytes(StandardCharsets.US_ASCII))));
        assertNotEquals(0, forged.exit(), forged.output());
        assertTrue(forged.output().contains("FAIL  signature.jws signature (kid " + signed.kid()
                + "): the signature does not verify"), forged.output());
        assertEquals(EventJson.contentHash(EventJson.fromJson(new String(files.get("lineage.json"),
                StandardCharsets.UTF_8), FootprintPublished.Lineage.class)),
                JsonPath.from(new String(signed.payload(), StandardCharsets.UTF_8)).getString("versions[0].lineageHash"),
                "lineage.json is the lineage the signature names");

        Path extra = rewrite(bundle, "extra.zip", Map.of("evidence/late-addition.txt", "x".getBytes()));
        Run unlisted = verify(extra);
        assertNotEquals(0, unlisted.exit(), unlisted.output());
        assertTrue(unlisted.output().contains("FAIL  unlisted evidence/late-addition.txt"), unlisted.output());
    }

    @Test
    void aVersionSignedWithARetiredKeyStillVerifiesWithTheBundlesOrTheServicesKeys() throws IOException {
        String id = TestFootprints.create("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}");
        String signedWith = FootprintSignatureTest.signature(id, 1).getString("kid");
        String active = given().auth().oauth2(TestTokens.admin()).when().post(FootprintSignatureTest.ROTATE)
                .then().statusCode(200).extract().path("kid");

        Path bundle = download(id, 1, "rotated.zip");
        Map<String, byte[]> files = unzip(bundle);
        assertEquals(signedWith, Jws.parse(new String(files.get("signature.jws"), StandardCharsets.US_ASCII)).kid());
        assertEquals(active, Jws.parse(new String(files.get("manifest.jws"), StandardCharsets.US_ASCII)).kid());
        assertEquals("retired", json(files, "jwks.json").getString("keys.find { it.kid == '" + signedWith
                + "' }.status"));
        Run run = verify(bundle);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("OK    signature.jws signature (kid " + signedWith + ")"), run.output());

        Path trusted = folder.resolve("trusted-jwks.json");
        Files.write(trusted, given().when().get(FootprintSignatureTest.JWKS).then().statusCode(200).extract()
                .asByteArray());
        Run withTrustedKeys = verify(bundle, "--jwks", trusted.toString());
        assertEquals(0, withTrustedKeys.exit(), withTrustedKeys.output());

        Path stranger = folder.resolve("stranger-jwks.json");
        Files.writeString(stranger, "{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"stranger\",\"x\":\""
                + Jws.x(Jws.generate().getPublic()) + "\"}]}");
        Run withOtherKeys = verify(bundle, "--jwks", stranger.toString());
        assertEquals(1, withOtherKeys.exit(), withOtherKeys.output());
        assertTrue(withOtherKeys.output().contains("FAIL  manifest.jws: kid " + active + " is not in trusted JWKS"),
                withOtherKeys.output());
    }

    @Test
    void onlyCertifiersAndAdminsDownloadBundles() {
        String id = TestFootprints.create("{\"template\":\"rod.cast-and-roll.cn\",\"factorRelease\":\"CN-2025.1\"}");
        String bundle = "/api/v1/footprints/" + id + "/versions/1/bundle";
        given().auth().oauth2(TestTokens.buyer()).when().get(bundle).then().statusCode(403);
        given().auth().oauth2(TestTokens.supplier(UUID.randomUUID())).when().get(bundle).then().statusCode(403);
        given().when().get(bundle).then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).when().get(bundle).then().statusCode(200)
                .contentType("application/zip");
        given().auth().oauth2(TestTokens.certifier()).when().get("/api/v1/footprints/" + id + "/versions/9/bundle")
                .then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    private Path download(String footprintId, int version, String name) throws IOException {
        var response = given().auth().oauth2(TestTokens.certifier()).when()
                .get("/api/v1/footprints/" + footprintId + "/versions/" + version + "/bundle")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", is("attachment; filename=\"footprint-" + footprintId + "-v" + version
                        + ".zip\"")).extract();
        Path file = folder.resolve(name);
        Files.write(file, response.asByteArray());
        return file;
    }

    /** Runs the verifier as a certifier would: {@code java VerifyBundle.java <zip> [args]}, with this JVM's java. */
    private static Run verify(Path bundle, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                VERIFIER.toString(), bundle.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the verifier did not finish: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return new Run(process.exitValue(), output);
    }

    private static Map<String, byte[]> unzip(Path bundle) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    /** A copy of the bundle with files replaced or added; an empty content removes the file. */
    private Path rewrite(Path bundle, String name, Map<String, byte[]> changes) throws IOException {
        Map<String, byte[]> files = unzip(bundle);
        changes.forEach((path, content) -> {
            if (content.length == 0) {
                files.remove(path);
            } else {
                files.put(path, content);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        Path copy = folder.resolve(name);
        Files.write(copy, out.toByteArray());
        return copy;
    }

    /** The same bytes with the first digit changed: one byte differs. */
    private static byte[] flipFirstDigit(byte[] content) {
        byte[] copy = content.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] >= '0' && copy[i] <= '9') {
                copy[i] = (byte) (copy[i] == '9' ? '8' : copy[i] + 1);
                return copy;
            }
        }
        throw new AssertionError("no digit to change");
    }

    private static JsonPath json(Map<String, byte[]> files, String path) {
        return JsonPath.from(new String(files.get(path), StandardCharsets.UTF_8));
    }

    private static DisclosureAccepted withEvidence(DisclosureAccepted d, List<DisclosureAccepted.Evidence> evidence) {
        return new DisclosureAccepted(d.disclosureId(), d.version(), d.status(), d.seriesId(), d.revision(),
                d.supersedes(), d.supersededBy(), d.supplierId(), d.companyIds(), d.facility(), d.process(),
                d.periodStart(), d.periodEnd(), d.product(), d.production(), d.lines(), d.contracts(),
                d.certificates(), evidence, d.flags(), d.acceptedAt(), d.reviewedBy(), d.reviewComment());
    }

    private static boolean evidenceFileStored(UUID evidenceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from evidence_file where evidence_id = ?1")
                .setParameter(1, evidenceId).getSingleResult()).longValue() == 1);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
