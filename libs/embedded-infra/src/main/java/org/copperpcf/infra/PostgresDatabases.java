package org.copperpcf.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates a service's login role and database on any PostgreSQL server, embedded or external, unless they exist. */
public final class PostgresDatabases {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private PostgresDatabases() {
    }

    /**
     * @param adminJdbcUrl a JDBC URL of the server's {@code postgres} database
     * @param adminUser    a role allowed to create roles and databases
     */
    public static void ensure(String adminJdbcUrl, String adminUser, String adminPassword,
                              String database, String owner, String ownerPassword) {
        requireIdentifier(database);
        requireIdentifier(owner);
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword)) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", owner)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create role " + owner + " login password '"
                            + ownerPassword.replace("'", "''") + "'");
                }
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database " + database + " owner " + owner);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + adminJdbcUrl
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            return query.executeQuery().next();
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
    }
}
