package org.copperpcf.kit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.copperpcf.contracts.Topics;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.EmbeddedPostgresServer;
import org.copperpcf.infra.KafkaTopics;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What a service's component tests run against: a real PostgreSQL server (Zonky binaries) with the service's
 * database, a real in-process KRaft broker with every platform topic, and a fresh token-signing key for this run.
 * Declare it on every {@code @QuarkusTest} class of a module with {@code scope = TestResourceScope.GLOBAL}, so
 * Quarkus starts once. A field {@code @InjectBroker EmbeddedKafkaBroker broker} receives the broker, for outage
 * tests.
 */
public final class ServiceInfrastructure implements QuarkusTestResourceLifecycleManager {
    private static final String DATABASE = "service";

    private Path dataRoot;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            dataRoot = Files.createTempDirectory("pcf-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = EmbeddedPostgresServer.start(null, 0);
        postgres.ensureDatabase(DATABASE, DATABASE, DATABASE);
        broker = EmbeddedKafkaBroker.create(dataRoot.resolve("kafka"), 0).start();
        KafkaTopics.ensure(broker.bootstrapServers(), Topics.all());
        TestTokens.resetKeys();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", DATABASE,
                "quarkus.datasource.password", DATABASE,
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(InjectBroker.class, EmbeddedKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        deleteRecursively(dataRoot);
    }

    private static void deleteRecursively(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
