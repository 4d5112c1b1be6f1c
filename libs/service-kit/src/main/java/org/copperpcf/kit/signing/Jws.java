package org.copperpcf.kit.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compact JWS (RFC 7515) with EdDSA over Ed25519 (RFC 8037), on the JDK's own {@code Ed25519} provider: no library,
 * so the offline bundle verifier can do exactly the same with the JDK alone. Public keys travel as OKP JWKs whose
 * {@code x} is the raw 32-byte key, base64url without padding.
 */
public final class Jws {
    public static final String ALGORITHM = "EdDSA";
    public static final String CURVE = "Ed25519";
    /** The DER prefix that turns a raw Ed25519 key into an X.509 SubjectPublicKeyInfo. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int KEY_LENGTH = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Jws() {
    }

    /** A parsed compact JWS; {@code signingInput} is what the signature covers (header and payload, encoded). */
    public record Parsed(JsonNode header, String alg, String kid, String typ, byte[] payload, byte[] signingInput,
                         byte[] signature) {
    }

    /** A JWS whose protected header is {@code {"alg":"EdDSA","kid":…,"typ":…}} over {@code payload}. */
    public static String sign(PrivateKey key, String kid, String typ, byte[] payload) {
        ObjectNode header = JSON.createObjectNode().put("alg", ALGORITHM).put("kid", kid);
        if (typ != null) {
            header.put("typ", typ);
        }
        return sign(key, header.toString(), payload);
    }

    /** A JWS with exactly this protected header (as the RFC 8037 example gives it). */
    static String sign(PrivateKey key, String header, byte[] payload) {
        String input = encode(header.getBytes(StandardCharsets.UTF_8)) + "." + encode(payload);
        try {
            Signature signer = Signature.getInstance(CURVE);
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Splits and decodes a compact JWS; IllegalArgumentException names what is malformed. */
    public static Parsed parse(String compact) {
        if (compact == null) {
            throw new IllegalArgumentException("no JWS");
        }
        String[] parts = compact.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a compact JWS has three dot-separated parts, this has " + parts.length);
        }
        JsonNode header;
        try {
            header = JSON.readTree(decode(parts[0], "header"));
        } catch (IOException e) {
            throw new IllegalArgumentException("the header is not JSON");
        }
        if (header == null || !header.isObject()) {
            throw new IllegalArgumentException("the header is not a JSON object");
        }
        return new Parsed(header, header.path("alg").asText(null), header.path("kid").asText(null),
                header.path("typ").asText(null), decode(parts[1], "payload"),
                (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), decode(parts[2], "signature"));
    }

    /** Whether {@code jws} is EdDSA and its signature verifies with {@code key}. */
    public static boolean verify(Parsed jws, PublicKey key) {
        if (!ALGORITHM.equals(jws.alg())) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(CURVE);
            verifier.initVerify(key);
            verifier.update(jws.signingInput());
            return verifier.verify(jws.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(CURVE).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make Ed25519 keys", e);
        }
    }

    /** The JWK {@code x}: the raw public key, base64url. */
    public static String x(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return encode(Arrays.copyOfRange(encoded, encoded.length - KEY_LENGTH, encoded.length));
    }

    /** The public key of a JWK's {@code x}. */
    public static PublicKey publicKey(String x) {
        byte[] raw = decode(x, "x");
        if (raw.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 x has 32 bytes, this has " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_LENGTH);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_LENGTH);
        try {
            return KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** A private key from its PKCS#8 encoding (what {@link PrivateKey#getEncoded()} gives). */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(CURVE).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    private static byte[] decode(String part, String what) {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not base64url");
        }
    }
}
