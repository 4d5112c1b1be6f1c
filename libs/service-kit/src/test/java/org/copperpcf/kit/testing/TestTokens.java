package org.copperpcf.kit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.copperpcf.infra.LocalIssuer;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;

/**
 * Real signed tokens for component tests, verified by the service through its normal path. The key pair is made
 * anew for each test run under {@code target/}; nothing secret is committed.
 */
public final class TestTokens {
    public static final String ISSUER = LocalIssuer.DEFAULT_ISSUER;
    private static final Path KEY_DIR = Path.of("target", "test-keys");
    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    public static String admin() {
        return token("test-admin", List.of(Roles.ADMIN), Map.of());
    }

    public static String buyer() {
        return buyer("test-buyer");
    }

    /** A buyer of its own: buyers are told apart by the token's name. */
    public static String buyer(String name) {
        return token(name, List.of(Roles.BUYER), Map.of());
    }

    public static String certifier() {
        return token("test-certifier", List.of(Roles.CERTIFIER), Map.of());
    }

    public static String supplier(UUID supplierId) {
        return token("test-supplier-" + supplierId, List.of(Roles.SUPPLIER),
                Map.of(SupplierScope.SUPPLIER_ID_CLAIM, supplierId.toString()));
    }

    /** A token for {@code role} that expired ten minutes ago. */
    public static String expired(String role) {
        return LocalIssuer.loadOrCreate(KEY_DIR, ISSUER)
                .mint("test-expired", List.of(role), Map.of(), Duration.ofMinutes(-10));
    }

    /** A token for {@code role} signed with the right key but naming another issuer. */
    public static String fromOtherIssuer(String role) {
        return LocalIssuer.loadOrCreate(KEY_DIR, "urn:example:someone-else")
                .mint("test-foreign", List.of(role), Map.of(), LIFETIME);
    }

    /** A token for {@code role} signed with a key the service does not know. */
    public static String signedWithUnknownKey(String role) {
        return LocalIssuer.loadOrCreate(KEY_DIR.resolve("unknown"), ISSUER)
                .mint("test-forger", List.of(role), Map.of(), LIFETIME);
    }

    static Path publicKeyFile() {
        return LocalIssuer.loadOrCreate(KEY_DIR, ISSUER).publicKeyFile();
    }

    /** A fresh key pair for this run, so no test depends on a key left behind by an earlier one. */
    static void resetKeys() {
        if (Files.exists(KEY_DIR)) {
            try (Stream<Path> files = Files.walk(KEY_DIR)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LocalIssuer.loadOrCreate(KEY_DIR, ISSUER);
    }

    private static String token(String subject, List<String> roles, Map<String, Object> claims) {
        return LocalIssuer.loadOrCreate(KEY_DIR, ISSUER).mint(subject, roles, claims, LIFETIME);
    }
}
