package org.copperpcf.footprint;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.EvidenceFilePublished;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.TopicProbe;
import org.copperpcf.kit.testing.InjectBroker;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Evidence files arrive in parts on pcf.evidence.v1 and are stored whole, checked, once. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EvidenceReplicaTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int PART = EvidenceFilePublished.PART_BYTES;

    @InjectBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aFileInTwoPartsDuplicatedAndOutOfOrderIsStoredOnceAndWhole() throws Exception {
        byte[] content = new byte[PART + 1000];
        new Random(8).nextBytes(content);
        UUID evidenceId = UUID.randomUUID();
        UUID firstDisclosure = UUID.randomUUID();
        List<EvidenceFilePublished> parts = parts(evidenceId, firstDisclosure, content, sha256(content));
        assertEquals(2, parts.size());

        send(parts.get(1));
        send(parts.get(1));
        send(parts.get(0));
        // the same file cited by a second accepted disclosure comes again
        parts(evidenceId, UUID.randomUUID(), content, sha256(content)).forEach(this::send);
        awaitConsumed();

        Object[] row = await().atMost(PATIENCE).until(() -> file(evidenceId), r -> r != null);
        assertEquals(firstDisclosure, row[0]);
        assertEquals("meter-log.pdf", row[1]);
        assertEquals((long) content.length, ((Number) row[2]).longValue());
        assertEquals(sha256(content), row[3]);
        assertArrayEquals(content, (byte[]) row[4]);
        assertEquals(1L, count("evidence_file", evidenceId));
        assertEquals(0L, count("evidence_file_part", evidenceId), "parts go once the file is stored");
    }

    @Test
    void aCorruptedPartYieldsNoFileAndTheReceivedPartsAreKept() throws Exception {
        byte[] content = new byte[PART + 10];
        new Random(9).nextBytes(content);
        UUID evidenceId = UUID.randomUUID();
        List<EvidenceFilePublished> parts = parts(evidenceId, UUID.randomUUID(), content, sha256(content));
        EvidenceFilePublished last = parts.get(1);
        byte[] tampered = Base64.getDecoder().decode(last.content());
        tampered[3] ^= 1;
        send(parts.get(0));
        send(new EvidenceFilePublished(last.evidenceId(), last.supplierId(), last.disclosureId(), last.fileName(),
                last.mediaType(), last.sizeBytes(), last.sha256(), last.part(), last.parts(),
                Base64.getEncoder().encodeToString(tampered)));
        awaitConsumed();

        assertEquals(0L, count("evidence_file", evidenceId));
        assertEquals(2L, count("evidence_file_part", evidenceId));
    }

    private void awaitConsumed() {
        new TopicProbe(broker.bootstrapServers()).awaitConsumed("footprint-service", Topics.EVIDENCE, PATIENCE);
    }

    private static List<EvidenceFilePublished> parts(UUID evidenceId, UUID disclosureId, byte[] content,
                                                     String sha256) {
        return EvidenceFilePublished.partsOf(evidenceId, UUID.nameUUIDFromBytes(evidenceId.toString().getBytes()),
                disclosureId, "meter-log.pdf", "application/pdf", sha256, content);
    }

    private void send(EvidenceFilePublished part) {
        SeededReplicas.publishEvidence(broker, part);
    }

    private static Object[] file(UUID evidenceId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = Panache.getEntityManager().createNativeQuery("select disclosure_id, file_name, size_bytes, "
                    + "sha256, content from evidence_file where evidence_id = ?1").setParameter(1, evidenceId)
                    .getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        });
    }

    private static long count(String table, UUID evidenceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from " + table + " where evidence_id = ?1")
                .setParameter(1, evidenceId).getSingleResult()).longValue());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
