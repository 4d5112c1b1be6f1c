package org.copperpcf.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.copperpcf.infra.FreePorts;
import org.copperpcf.infra.LocalIssuer;

/**
 * Where the stack keeps its state and which ports it uses. {@link #fromEnvironment} is what {@code ./pcf up}
 * runs with: fixed ports, data kept under {@code .pcf/} (or {@code PCF_STATE_DIR}), and environment variables that point the services at an
 * external PostgreSQL or Kafka instead of the embedded ones. {@link #ephemeral} is for system tests: free ports
 * and a throw-away folder, so a test run never disturbs a running stack.
 */
public record StackSettings(
        Path home,
        Path stateDir,
        boolean keepData,
        int postgresPort,
        int kafkaPort,
        int issuerPort,
        Map<String, Integer> servicePorts,
        int pactPort,
        Optional<ExternalPostgres> externalPostgres,
        Optional<String> externalKafka,
        String databasePassword,
        String serviceJavaOptions) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_ISSUER_PORT = 8090;
    /** footprint-service's HTTPS-only PACT host (docs/pact.md). */
    public static final int DEFAULT_PACT_PORT = 8443;

    /** A PostgreSQL server the stack does not run; the admin role creates the services' roles and databases. */
    public record ExternalPostgres(String adminJdbcUrl, String adminUser, String adminPassword) {

        /** {@code jdbc:postgresql://host:port/postgres} → the URL of another database on that server. */
        public String jdbcUrl(String database) {
            int slash = adminJdbcUrl.lastIndexOf('/');
            int query = adminJdbcUrl.indexOf('?', slash);
            return adminJdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminJdbcUrl.substring(query));
        }
    }

    public static StackSettings fromEnvironment(Path home, Function<String, String> env) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(service.name(), intOr(env.apply(service.portVariable()), service.defaultPort()));
        }
        Optional<ExternalPostgres> postgres = Optional.ofNullable(env.apply("PCF_POSTGRES_URL"))
                .map(url -> new ExternalPostgres(url, valueOr(env.apply("PCF_POSTGRES_ADMIN_USER"), "postgres"),
                        valueOr(env.apply("PCF_POSTGRES_ADMIN_PASSWORD"), "")));
        Path stateDir = Optional.ofNullable(env.apply("PCF_STATE_DIR")).filter(dir -> !dir.isBlank())
                .map(dir -> home.resolve(dir).normalize()).orElse(home.resolve(".pcf"));
        return new StackSettings(home, stateDir, true,
                intOr(env.apply("PCF_POSTGRES_PORT"), DEFAULT_POSTGRES_PORT),
                intOr(env.apply("PCF_KAFKA_PORT"), DEFAULT_KAFKA_PORT),
                intOr(env.apply("PCF_ISSUER_PORT"), DEFAULT_ISSUER_PORT),
                ports, intOr(env.apply("PCF_PACT_PORT"), DEFAULT_PACT_PORT), postgres,
                Optional.ofNullable(env.apply("PCF_KAFKA_BOOTSTRAP_SERVERS")),
                valueOr(env.apply("PCF_DB_PASSWORD"), "pcf-local"),
                valueOr(env.apply("PCF_SERVICE_JAVA_OPTS"), "-Xmx384m -XX:+UseSerialGC"));
    }

    public static StackSettings ephemeral(Path home, Path stateDir) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ServiceSpec.ALL.forEach(service -> ports.put(service.name(), FreePorts.find()));
        return new StackSettings(home, stateDir, false, 0, 0, FreePorts.find(), ports, FreePorts.find(),
                Optional.empty(), Optional.empty(), "pcf-test", "-Xmx320m -XX:+UseSerialGC");
    }

    public Path dataDir() {
        return stateDir.resolve("data");
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Path keyDir() {
        return stateDir.resolve("keys");
    }

    /** The PACT host's development key store; its certificate as PEM beside it ({@code footprint-pact.pem}). */
    public Path pactKeyStore() {
        return stateDir.resolve("tls").resolve("footprint-pact.p12");
    }

    public Path stateFile() {
        return stateDir.resolve("stack.properties");
    }

    public String issuer() {
        return LocalIssuer.DEFAULT_ISSUER;
    }

    private static int intOr(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number: " + value, e);
        }
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
