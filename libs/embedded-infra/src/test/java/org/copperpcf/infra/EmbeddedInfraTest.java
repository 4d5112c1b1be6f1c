package org.copperpcf.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.copperpcf.contracts.Topic;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfraTest {

    @TempDir
    Path dir;

    @Test
    void brokerKeepsTopicsAndAddressAcrossRestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.create(dir.resolve("kafka"), 0).start()) {
            KafkaTopics.ensure(broker.bootstrapServers(), List.of(new Topic("restart.check", 1, true)));
            String address = broker.bootstrapServers();
            broker.stop();
            broker.start();
            assertEquals(address, broker.bootstrapServers());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address))) {
                Set<String> topics = admin.listTopics().names().get();
                assertTrue(topics.contains("restart.check"), "topics after restart: " + topics);
            }
        }
    }

    @Test
    void postgresKeepsDataAcrossRestart() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            server.ensureDatabase("factor", "factor", "secret");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("factor"), "factor", "secret")) {
                c.createStatement().execute("create table kept (v int); insert into kept values (42)");
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            server.ensureDatabase("factor", "factor", "secret");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("factor"), "factor", "secret");
                 ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1));
            }
        }
    }

    @Test
    void issuerKeepsItsKeyAndSignsVerifiableTokens() throws Exception {
        LocalIssuer first = LocalIssuer.loadOrCreate(dir.resolve("keys"), LocalIssuer.DEFAULT_ISSUER);
        LocalIssuer second = LocalIssuer.loadOrCreate(dir.resolve("keys"), LocalIssuer.DEFAULT_ISSUER);
        assertEquals(Files.readString(first.publicKeyFile()), Files.readString(second.publicKeyFile()));

        String token = second.mint("s-1", List.of("supplier"), Map.of("supplier_id", "abc"), Duration.ofMinutes(5));
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(LocalIssuer.readPublicKey(first.publicKeyFile()))
                .setExpectedIssuer(LocalIssuer.DEFAULT_ISSUER)
                .setRequireExpirationTime()
                .build();
        JwtClaims claims = consumer.processToClaims(token);
        assertEquals("abc", claims.getStringClaimValue("supplier_id"));
        assertEquals(List.of("supplier"), claims.getStringListClaimValue("groups"));
    }
}
