package org.copperpcf.kit.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pieces every OAuth2 client-credentials endpoint (RFC 6749 §4.4) of ours shares: reading HTTP Basic credentials,
 * random secrets and tokens of 256 bits of which only the SHA-256 is stored, and RFC 6749's {@code {"error": …}}
 * bodies, which OAuth clients expect instead of problem+json. A slow password hash adds nothing for a secret of that
 * entropy and would cost every token request.
 */
public final class ClientCredentials {
    public static final String GRANT_TYPE = "client_credentials";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientCredentials() {
    }

    /** A client's id and secret, from an {@code Authorization: Basic} header or the form body. */
    public record Credentials(String clientId, String secret) {
    }

    /** The credentials of an {@code Authorization: Basic …} header; empty for another scheme or a garbled value. */
    public static Optional<Credentials> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** 256 random bits, URL-safe Base64: a client secret or an opaque access token. */
    public static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    /** {@code n} random bytes as lower-case hex, for identifiers. */
    public static String randomHex(int n) {
        return HexFormat.of().formatHex(randomBytes(n));
    }

    /** What is stored instead of a secret or token: its SHA-256, hex. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether {@code secret} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String storedHash, String secret) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                sha256(secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** A successful token response: never cached. */
    public static Response token(String accessToken, long expiresInSeconds) {
        return Response.ok(Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", expiresInSeconds))
                .type(MediaType.APPLICATION_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** An RFC 6749 §5.2 error; a 401 names the Basic realm the client should authenticate against. */
    public static Response error(int status, String error, String description, String realm) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "error_description", description))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
        }
        return response.build();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
