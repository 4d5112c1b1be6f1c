package org.copperpcf.supplier.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.copperpcf.supplier.config.SupplierConfig;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs the access tokens of the client-credentials flow with the issuer key every service verifies against, so a
 * supplier system's token works everywhere offline and carries role {@code supplier} and its {@code supplier_id}.
 */
@ApplicationScoped
public class TokenSigner {
    private final SupplierConfig config;
    private volatile PrivateKey key;

    public TokenSigner(SupplierConfig config) {
        this.config = config;
    }

    /** Whether a signing key is configured; without one the token endpoint is unavailable. */
    public boolean isConfigured() {
        return config.tokens().signingKeyLocation().isPresent();
    }

    public long lifetimeSeconds() {
        return config.tokens().lifetime().toSeconds();
    }

    public String supplierToken(String clientId, UUID supplierId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.tokens().issuer());
        claims.setSubject(clientId);
        claims.setClaim("upn", clientId);
        claims.setClaim("client_id", clientId);
        claims.setStringListClaim("groups", List.of(Roles.SUPPLIER));
        claims.setClaim(SupplierScope.SUPPLIER_ID_CLAIM, supplierId.toString());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds() / 60f);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private PrivateKey key() {
        if (key == null) {
            key = load(config.tokens().signingKeyLocation());
        }
        return key;
    }

    private static PrivateKey load(Optional<String> location) {
        String where = location.orElseThrow(() -> new IllegalStateException("supplier.tokens.signing-key-location"));
        Path file = where.startsWith("file:") ? Path.of(URI.create(where)) : Path.of(where);
        try {
            String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the token signing key " + file + " is not a PKCS#8 RSA key", e);
        }
    }
}
