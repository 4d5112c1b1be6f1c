package org.copperpcf.lca;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A canonical, unambiguous byte encoding fed to SHA-256: strings length-prefixed in UTF-8, doubles as their IEEE bits
 * (−0.0 as 0.0), maps in their sorted order. Callers pass sorted maps, so the hash never depends on the order in
 * which entries were added.
 */
final class Sha256 {
    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(8);

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Sha256 text(String value) {
        if (value == null) {
            return integer(-1);
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        integer(bytes.length);
        digest.update(bytes);
        return this;
    }

    Sha256 integer(long value) {
        buffer.clear();
        digest.update(buffer.putLong(value).array());
        return this;
    }

    Sha256 number(double value) {
        return integer(Double.doubleToLongBits(value == 0.0 ? 0.0 : value));
    }

    Sha256 numbers(Map<String, Double> sorted) {
        integer(sorted.size());
        sorted.forEach((key, value) -> text(key).number(value));
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
