package org.copperpcf.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.copperpcf.contracts.Topics;
import org.copperpcf.infra.EmbeddedKafkaBroker;
import org.copperpcf.infra.EmbeddedPostgresServer;
import org.copperpcf.infra.KafkaTopics;
import org.copperpcf.infra.LocalIssuer;
import org.copperpcf.infra.PostgresDatabases;

/**
 * The whole system on one machine: PostgreSQL (embedded, or external by configuration) with one database and role
 * per service, a KRaft broker (embedded, or external) with every topic, the development token issuer, and the five
 * services as separate JVMs, each waited for until it reports ready. {@code ./pcf up} and the system tests both
 * start the system through this class.
 */
public final class LocalStack implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final StackSettings settings;
    private final Consumer<String> progress;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker broker;
    private IssuerEndpoint issuerEndpoint;
    private LocalIssuer issuer;
    private String bootstrapServers;
    private String postgresDescription;

    private LocalStack(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Starts everything, or stops what it had started and rethrows. */
    public static LocalStack start(StackSettings settings, Consumer<String> progress) {
        LocalStack stack = new LocalStack(settings, progress);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e);
        }
    }

    private void startAll() throws IOException {
        Files.createDirectories(settings.logDir());
        Map<String, String> jdbcUrls = startDatabases();
        startKafka();
        issuer = LocalIssuer.loadOrCreate(settings.keyDir(), settings.issuer());
        issuerEndpoint = IssuerEndpoint.start(issuer, settings.issuerPort());
        for (ServiceSpec spec : ServiceSpec.ALL) {
            progress.accept("Starting " + spec.name() + " (log: " + settings.logDir().resolve(spec.name() + ".log") + ")");
            services.add(ServiceProcess.start(spec, settings.servicePorts().get(spec.name()), settings.home(),
                    settings.logDir(), settings.serviceJavaOptions(), serviceEnvironment(spec, jdbcUrls.get(spec.name()))));
        }
        writeState("starting");
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(READY_TIMEOUT)))
                .toArray(CompletableFuture[]::new)).join();
        writeState("ready");
    }

    private Map<String, String> startDatabases() {
        Map<String, String> jdbcUrls = new LinkedHashMap<>();
        if (settings.externalPostgres().isPresent()) {
            var external = settings.externalPostgres().get();
            progress.accept("Using PostgreSQL at " + external.adminJdbcUrl());
            for (ServiceSpec spec : ServiceSpec.ALL) {
                PostgresDatabases.ensure(external.adminJdbcUrl(), external.adminUser(), external.adminPassword(),
                        spec.database(), spec.database(), settings.databasePassword());
                jdbcUrls.put(spec.name(), external.jdbcUrl(spec.database()));
            }
            postgresDescription = external.adminJdbcUrl();
            return jdbcUrls;
        }
        Path dataDir = settings.dataDir().resolve("postgres");
        progress.accept("Starting PostgreSQL (data: " + dataDir + ")");
        postgres = EmbeddedPostgresServer.start(dataDir, settings.postgresPort());
        for (ServiceSpec spec : ServiceSpec.ALL) {
            postgres.ensureDatabase(spec.database(), spec.database(), settings.databasePassword());
            jdbcUrls.put(spec.name(), postgres.jdbcUrl(spec.database()));
        }
        postgresDescription = "jdbc:postgresql://localhost:" + postgres.port() + "/ (data: " + dataDir + ")";
        return jdbcUrls;
    }

    private void startKafka() {
        if (settings.externalKafka().isPresent()) {
            bootstrapServers = settings.externalKafka().get();
            progress.accept("Using Kafka at " + bootstrapServers);
        } else {
            Path dataDir = settings.dataDir().resolve("kafka");
            progress.accept("Starting Kafka (KRaft, data: " + dataDir + ")");
            broker = EmbeddedKafkaBroker.create(dataDir, settings.kafkaPort()).start();
            bootstrapServers = broker.bootstrapServers();
        }
        KafkaTopics.ensure(bootstrapServers, Topics.all());
    }

    private Map<String, String> serviceEnvironment(ServiceSpec spec, String jdbcUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(settings.servicePorts().get(spec.name())));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", spec.database());
        env.put("QUARKUS_DATASOURCE_PASSWORD", settings.databasePassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", issuer.publicKeyFile().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", issuer.issuer());
        if (spec.name().equals("supplier-service")) {
            // Its client-credentials endpoint signs supplier tokens as the local issuer; no other service gets the key.
            env.put("SUPPLIER_TOKENS_SIGNING_KEY_LOCATION", issuer.privateKeyFile().toString());
            // The demo suppliers (contracts' DemoSuppliers) are seeded on first start, so the stack has data to show.
            env.put("SUPPLIER_DEMO_ENABLED", "true");
            // PACT footprints (pushed or pulled) are validated against the spec beside the repository, when it is there;
            // it is read at run time and never packaged (its licence).
            Path pactSpec = settings.home().resolve("../shared/pact/v3/openapi.yaml").normalize();
            if (Files.isRegularFile(pactSpec)) {
                env.put("SUPPLIER_PACT_OPENAPI_LOCATION", pactSpec.toString());
            }
        }
        if (spec.name().equals("footprint-service")) {
            // Industry averages and the demo suppliers' footprints are computed on first start (DemoFootprints).
            env.put("FOOTPRINT_DEMO_ENABLED", "true");
            // The HTTPS-only PACT host, with the development certificate made on first start under the state dir.
            env.put("QUARKUS_HTTP_SSL_PORT", String.valueOf(settings.pactPort()));
            env.put("FOOTPRINT_PACT_TLS_KEY_STORE", settings.pactKeyStore().toString());
        }
        return env;
    }

    /** The embedded broker, for tests that take it down and up again; empty with an external cluster. */
    public Optional<EmbeddedKafkaBroker> broker() {
        return Optional.ofNullable(broker);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String serviceUrl(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name)).url();
    }

    /** A short-lived admin token of the development issuer, for the launcher's own calls. */
    public String adminToken() {
        return issuer.mint("local-launcher", List.of("admin"), Map.of(), Duration.ofMinutes(10));
    }

    public String tokenUrl() {
        return issuerEndpoint.tokenUrl();
    }

    /** footprint-service's HTTPS-only PACT host. */
    public String pactUrl() {
        return "https://localhost:" + settings.pactPort();
    }

    /** The PEM file of the PACT host's development certificate, for clients to pin ({@code curl --cacert}). */
    public Path pactCertificate() {
        return settings.pactKeyStore().resolveSibling("footprint-pact.pem");
    }

    /** What a person needs to reach the stack, in the order it is printed. */
    public Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        services.forEach(service -> endpoints.put(service.name(), service.url() + "  (API docs: " + service.url()
                + "/q/swagger-ui)"));
        endpoints.put("PACT host", pactUrl() + "  (footprint-service, HTTPS only; certificate: " + pactCertificate()
                + ", docs/pact.md)");
        endpoints.put("PostgreSQL", postgresDescription);
        endpoints.put("Kafka", bootstrapServers);
        endpoints.put("Token issuer", tokenUrl() + "  (development only)");
        return endpoints;
    }

    private void writeState(String state) {
        Properties properties = new Properties();
        properties.setProperty("state", state);
        properties.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        properties.setProperty("kafka", bootstrapServers);
        properties.setProperty("token.url", tokenUrl());
        for (ServiceProcess service : services) {
            properties.setProperty("service." + service.name() + ".url", service.url());
            properties.setProperty("service." + service.name() + ".pid", String.valueOf(service.pid()));
        }
        try (Writer out = Files.newBufferedWriter(settings.stateFile())) {
            properties.store(out, "copper-pcf local stack; removed when it stops");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + settings.stateFile(), e);
        }
    }

    /** Stops the services first (they flush their outboxes), then the issuer, Kafka and PostgreSQL. */
    @Override
    public void close() {
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(service::close))
                .toArray(CompletableFuture[]::new)).join();
        services.clear();
        if (issuerEndpoint != null) {
            issuerEndpoint.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        try {
            Files.deleteIfExists(settings.stateFile());
            if (!settings.keepData()) {
                deleteRecursively(settings.stateDir());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
