package org.copperpcf.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The token issuer of the local stack and the tests: an RSA key pair made on first use in a folder that git ignores
 * (never committed), and signed JWTs carrying the roles in {@code groups} and, for suppliers, a {@code supplier_id}.
 * The services verify these tokens offline against {@link #publicKeyFile()}, exactly as they verify a real issuer's.
 */
public final class LocalIssuer {
    public static final String DEFAULT_ISSUER = "urn:copperpcf:local-issuer";
    private static final String PRIVATE_KEY_FILE = "issuer-private.pem";
    private static final String PUBLIC_KEY_FILE = "issuer-public.pem";

    private final String issuer;
    private final PrivateKey privateKey;
    private final Path privateKeyFile;
    private final Path publicKeyFile;

    private LocalIssuer(String issuer, PrivateKey privateKey, Path privateKeyFile, Path publicKeyFile) {
        this.issuer = issuer;
        this.privateKey = privateKey;
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
    }

    /** Loads the key pair from {@code keyDir}, or makes one there when the folder holds none. */
    public static LocalIssuer loadOrCreate(Path keyDir, String issuer) {
        Path privateFile = keyDir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = keyDir.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                writeNewKeyPair(keyDir, privateFile, publicFile);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile)));
            return new LocalIssuer(issuer, privateKey, privateFile.toAbsolutePath(), publicFile.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the issuer keys in " + keyDir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the issuer keys in " + keyDir + " are not an RSA key pair", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The PEM file the services name in {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /**
     * The PEM (PKCS#8) private key, for the one service that issues tokens itself in the local stack: supplier-service's
     * client-credentials endpoint signs with it so that every service accepts its tokens.
     */
    public Path privateKeyFile() {
        return privateKeyFile;
    }

    /** A token for {@code subject} with {@code roles}; {@code claims} adds e.g. {@code supplier_id}. */
    public String mint(String subject, List<String> roles, Map<String, Object> claims, Duration lifetime) {
        JwtClaims jwt = new JwtClaims();
        jwt.setIssuer(issuer);
        jwt.setSubject(subject);
        jwt.setClaim("upn", subject);
        jwt.setStringListClaim("groups", roles);
        jwt.setJwtId(UUID.randomUUID().toString());
        jwt.setIssuedAtToNow();
        jwt.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        claims.forEach(jwt::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setKey(privateKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static void writeNewKeyPair(Path keyDir, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(keyDir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
        restrictToOwner(privateFile);
        writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** Reads a public key written by this class, for tests that verify tokens themselves. */
    public static PublicKey readPublicKey(Path publicKeyFile) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(readPem(publicKeyFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA public key: " + publicKeyFile, e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own permissions apply.
        }
    }
}
