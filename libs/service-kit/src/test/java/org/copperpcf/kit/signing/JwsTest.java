package org.copperpcf.kit.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Compact EdDSA JWS against the RFC 8037 appendix A example, and what must not verify. */
class JwsTest {
    /** RFC 8037 A.1: the private key d (raw) and A.2: its public x. */
    private static final String D = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    /** RFC 8037 A.4: {"alg":"EdDSA"} over "Example of Ed25519 signing". */
    private static final String EXAMPLE = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
            + ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
    /** The PKCS#8 prefix of an Ed25519 private key (RFC 8410). */
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";

    @Test
    void signsAndVerifiesTheRfc8037Example() {
        PrivateKey d = Jws.privateKey(HexFormat.of().parseHex(PKCS8_PREFIX + D));
        assertEquals(EXAMPLE, Jws.sign(d, "{\"alg\":\"EdDSA\"}",
                "Example of Ed25519 signing".getBytes(StandardCharsets.UTF_8)), "Ed25519 is deterministic");
        Jws.Parsed parsed = Jws.parse(EXAMPLE);
        assertTrue(Jws.verify(parsed, Jws.publicKey(X)));
        assertEquals("Example of Ed25519 signing", new String(parsed.payload(), StandardCharsets.UTF_8));
        assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", SigningKeys.thumbprint(X), "RFC 8037 A.3");
    }

    @Test
    void aKeyRoundTripsThroughItsJwkAndTheHeaderNamesKidAndType() {
        KeyPair pair = Jws.generate();
        String jws = Jws.sign(pair.getPrivate(), "key-1", "pcf-version+jws", new byte[] {1, 2, 3});
        Jws.Parsed parsed = Jws.parse(jws);
        assertEquals("EdDSA", parsed.alg());
        assertEquals("key-1", parsed.kid());
        assertEquals("pcf-version+jws", parsed.typ());
        assertArrayEquals(new byte[] {1, 2, 3}, parsed.payload());
        assertTrue(Jws.verify(parsed, Jws.publicKey(Jws.x(pair.getPublic()))));
        assertFalse(Jws.verify(parsed, Jws.generate().getPublic()), "another key");
    }

    @Test
    void aChangedPayloadOrSignatureOrAlgorithmDoesNotVerify() {
        String[] parts = EXAMPLE.split("\\.");
        String otherPayload = Jws.encode("Example of Ed25519 signinG".getBytes(StandardCharsets.UTF_8));
        assertFalse(Jws.verify(Jws.parse(parts[0] + "." + otherPayload + "." + parts[2]), Jws.publicKey(X)));
        char last = parts[2].charAt(10);
        String otherSignature = parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
        assertFalse(Jws.verify(Jws.parse(parts[0] + "." + parts[1] + "." + otherSignature), Jws.publicKey(X)));
        String none = Jws.encode("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertFalse(Jws.verify(Jws.parse(none + "." + parts[1] + "." + parts[2]), Jws.publicKey(X)));
    }

    @Test
    void malformedInputIsNamed() {
        assertEquals("a compact JWS has three dot-separated parts, this has 2",
                assertThrows(IllegalArgumentException.class, () -> Jws.parse("abc.def")).getMessage());
        assertEquals("the header is not JSON",
                assertThrows(IllegalArgumentException.class, () -> Jws.parse("YWJj.ZGVm.Z2hp")).getMessage());
        assertEquals("the payload is not base64url",
                assertThrows(IllegalArgumentException.class, () -> Jws.parse("e30.*.Z2hp")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Jws.publicKey("AAAA"));
    }
}
