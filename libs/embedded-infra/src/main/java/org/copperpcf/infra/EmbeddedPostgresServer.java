package org.copperpcf.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server from the Zonky binaries on Maven Central. With a data directory it keeps its data across
 * restarts (initdb runs only when the directory is empty); without one it lives in a temporary directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir the data directory to keep, or {@code null} for a throw-away one
     * @param port    the port, or 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on");
            if (port != 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir.toAbsolutePath()).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates a login role and a database it owns, unless they exist: one of each per service. */
    public void ensureDatabase(String database, String owner, String password) {
        PostgresDatabases.ensure(jdbcUrl(SUPERUSER), SUPERUSER, SUPERUSER, database, owner, password);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
