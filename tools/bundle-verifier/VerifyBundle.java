import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a copper-pcf footprint audit bundle offline, with the JDK alone (21 or newer):
 *
 * <pre>java VerifyBundle.java footprint-&lt;id&gt;-v&lt;n&gt;.zip [--jwks trusted-jwks.json]</pre>
 *
 * Every line of manifest.sha256 must match its file, no file may be outside the manifest (apart from the manifest,
 * manifest.jws, signature.jws and jwks.json), manifest.jws must be a valid EdDSA JWS by a key of the JWKS whose
 * payload is exactly manifest.sha256, and signature.jws must be valid and list, among the versions it signs, an
 * entry whose versionId and resultHash equal footprint.json's. The keys are the bundle's jwks.json unless --jwks names a JWKS obtained another way (e.g. from
 * the service's /.well-known/jwks.json), which is what makes the check independent of the bundle's own claims.
 * Prints one line per check; exits 0 only when all pass, 1 when one fails, 2 on bad usage.
 */
public final class VerifyBundle {
    static final String MANIFEST = "manifest.sha256";
    static final String MANIFEST_JWS = "manifest.jws";
    static final String SIGNATURE = "signature.jws";
    static final String JWKS = "jwks.json";
    static final Set<String> OUTSIDE_MANIFEST = Set.of(MANIFEST, MANIFEST_JWS, SIGNATURE, JWKS);
    static final byte[] X509_ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private int failures;

    public static void main(String[] args) throws IOException {
        Path bundle = null;
        Path trusted = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jwks") && i + 1 < args.length) {
                trusted = Path.of(args[++i]);
            } else if (bundle == null && !args[i].startsWith("--")) {
                bundle = Path.of(args[i]);
            } else {
                bundle = null;
                break;
            }
        }
        if (bundle == null) {
            System.err.println("usage: java VerifyBundle.java bundle.zip [--jwks trusted-jwks.json]");
            System.exit(2);
        }
        System.exit(new VerifyBundle().verify(bundle, trusted) ? 0 : 1);
    }

    boolean verify(Path bundle, Path trustedJwks) throws IOException {
        Map<String, byte[]> files = read(bundle);
        byte[] manifest = files.get(MANIFEST);
        if (manifest == null) {
            fail("manifest", MANIFEST + " is missing");
            return false;
        }
        Map<String, String> listed = checkManifest(new String(manifest, StandardCharsets.UTF_8), files);
        for (String path : files.keySet()) {
            if (!listed.containsKey(path) && !OUTSIDE_MANIFEST.contains(path)) {
                fail("unlisted " + path, "the file is in the bundle but not in " + MANIFEST);
            }
        }
        if (!listed.isEmpty() && files.keySet().stream().allMatch(p -> listed.containsKey(p)
                || OUTSIDE_MANIFEST.contains(p))) {
            ok("every file is in " + MANIFEST);
        }

        byte[] jwksBytes = trustedJwks != null ? Files.readAllBytes(trustedJwks) : files.get(JWKS);
        String jwksName = trustedJwks != null ? "trusted JWKS " + trustedJwks : "the bundle's " + JWKS;
        Map<String, PublicKey> keys = jwksBytes == null ? Map.of() : keys(jwksBytes, jwksName);

        Jws manifestJws = checkJws(MANIFEST_JWS, files.get(MANIFEST_JWS), keys, jwksName);
        if (manifestJws != null) {
            check("manifest.jws signs manifest.sha256", Arrays.equals(manifestJws.payload, manifest),
                    "its payload is not the bundle's manifest.sha256");
        }
        Jws signature = checkJws(SIGNATURE, files.get(SIGNATURE), keys, jwksName);
        byte[] footprint = files.get("footprint.json");
        if (signature != null && footprint != null) {
            Map<?, ?> payload = (Map<?, ?>) new Json(new String(signature.payload, StandardCharsets.UTF_8)).value();
            Map<?, ?> shown = (Map<?, ?>) new Json(new String(footprint, StandardCharsets.UTF_8)).value();
            // One signature covers every version stored together; this version's claims are its entry.
            Map<?, ?> signed = payload.get("versions") instanceof List<?> versions ? versions.stream()
                    .filter(entry -> entry instanceof Map<?, ?> claims && shown.get("versionId") != null
                            && shown.get("versionId").equals(claims.get("versionId")))
                    .map(entry -> (Map<?, ?>) entry).findFirst().orElse(Map.of()) : Map.of();
            for (String member : List.of("versionId", "resultHash")) {
                check("signature.jws " + member + " equals footprint.json's",
                        signed.get(member) != null && signed.get(member).equals(shown.get(member)),
                        "signed " + signed.get(member) + ", footprint.json says " + shown.get(member));
            }
        } else if (footprint == null) {
            fail("footprint.json", "missing");
        }
        System.out.println(failures == 0 ? "VALID: every check passed" : "INVALID: " + failures + " check(s) failed");
        return failures == 0;
    }

    /** Checks each manifest line's hash; returns the listed paths with their hashes. */
    private Map<String, String> checkManifest(String manifest, Map<String, byte[]> files) {
        Map<String, String> listed = new TreeMap<>();
        for (String line : manifest.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  .+")) {
                fail("manifest line", "not '<sha256>  <path>': " + line);
                continue;
            }
            String hash = line.substring(0, 64);
            String path = line.substring(66);
            listed.put(path, hash);
            byte[] content = files.get(path);
            if (content == null) {
                fail("sha256 " + path, "listed in " + MANIFEST + " but missing from the bundle");
            } else {
                String actual = sha256(content);
                check("sha256 " + path, actual.equals(hash), "expected " + hash + ", found " + actual);
            }
        }
        return listed;
    }

    private Jws checkJws(String name, byte[] compact, Map<String, PublicKey> keys, String jwksName) {
        if (compact == null) {
            fail(name, "missing");
            return null;
        }
        Jws jws;
        try {
            jws = Jws.parse(new String(compact, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            fail(name, "not a compact JWS: " + e.getMessage());
            return null;
        }
        PublicKey key = keys.get(jws.kid);
        if (!"EdDSA".equals(jws.alg)) {
            fail(name, "alg " + jws.alg + ", expected EdDSA");
        } else if (key == null) {
            fail(name, "kid " + jws.kid + " is not in " + jwksName);
        } else {
            check(name + " signature (kid " + jws.kid + ")", jws.verifies(key), "the signature does not verify");
        }
        return jws;
    }

    private Map<String, PublicKey> keys(byte[] jwks, String name) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        try {
            Object keyList = ((Map<?, ?>) new Json(new String(jwks, StandardCharsets.UTF_8)).value()).get("keys");
            for (Object key : (List<?>) keyList) {
                Map<?, ?> jwk = (Map<?, ?>) key;
                if ("OKP".equals(jwk.get("kty")) && "Ed25519".equals(jwk.get("crv"))) {
                    keys.put((String) jwk.get("kid"), ed25519((String) jwk.get("x")));
                }
            }
        } catch (RuntimeException | GeneralSecurityException e) {
            fail("keys", name + " is not a JWKS of Ed25519 keys: " + e.getMessage());
        }
        return keys;
    }

    static PublicKey ed25519(String x) throws GeneralSecurityException {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        byte[] encoded = Arrays.copyOf(X509_ED25519_PREFIX, X509_ED25519_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, encoded, X509_ED25519_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static Map<String, byte[]> read(Path bundle) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Files.newInputStream(bundle); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return files;
    }

    private void check(String what, boolean passed, String failure) {
        if (passed) {
            ok(what);
        } else {
            fail(what, failure);
        }
    }

    private static void ok(String what) {
        System.out.println("OK    " + what);
    }

    private void fail(String what, String why) {
        failures++;
        System.out.println("FAIL  " + what + ": " + why);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS (RFC 7515): the members of its header needed here, its payload and signature. */
    record Jws(String alg, String kid, byte[] payload, byte[] signingInput, byte[] signature) {
        static Jws parse(String compact) {
            String[] parts = compact.split("\\.", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("three dot-separated parts expected, found " + parts.length);
            }
            Base64.Decoder decoder = Base64.getUrlDecoder();
            Object header = new Json(new String(decoder.decode(parts[0]), StandardCharsets.UTF_8)).value();
            if (!(header instanceof Map<?, ?> members)) {
                throw new IllegalArgumentException("the header is not a JSON object");
            }
            return new Jws((String) members.get("alg"), (String) members.get("kid"), decoder.decode(parts[1]),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), decoder.decode(parts[2]));
        }

        boolean verifies(PublicKey key) {
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(key);
                verifier.update(signingInput);
                return verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }

    /** Just enough JSON (RFC 8259): objects as maps, arrays as lists, strings, numbers, true, false, null. */
    static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            Object value = read();
            space();
            if (at != text.length()) {
                throw error("trailing characters");
            }
            return value;
        }

        private Object read() {
            space();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    at++;
                    Map<String, Object> members = new LinkedHashMap<>();
                    space();
                    if (peek('}')) {
                        return members;
                    }
                    do {
                        space();
                        String name = string();
                        space();
                        expect(':');
                        members.put(name, read());
                        space();
                    } while (peek(','));
                    expect('}');
                    return members;
                }
                case '[' -> {
                    at++;
                    List<Object> items = new ArrayList<>();
                    space();
                    if (peek(']')) {
                        return items;
                    }
                    do {
                        items.add(read());
                        space();
                    } while (peek(','));
                    expect(']');
                    return items;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    for (String word : List.of("true", "false", "null")) {
                        if (text.startsWith(word, at)) {
                            at += word.length();
                            return word.equals("null") ? null : Boolean.valueOf(word);
                        }
                    }
                    int start = at;
                    while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                        at++;
                    }
                    if (start == at) {
                        throw error("unexpected '" + c + "'");
                    }
                    return new BigDecimal(text.substring(start, at));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + at);
        }
    }
}
