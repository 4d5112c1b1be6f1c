package org.copperpcf.kit.signing;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of this service's signing keys: the public half as a JWK, the private half as PKCS#8. */
@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String ACTIVE = "active";
    public static final String RETIRED = "retired";

    @Id
    public String kid;

    @Column(nullable = false, updatable = false)
    public String algorithm;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "public_jwk", nullable = false, updatable = false, columnDefinition = "jsonb")
    public String publicJwk;

    @Column(name = "private_key", nullable = false, updatable = false)
    public byte[] privateKey;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    /** The raw public key of the stored JWK, base64url. */
    public String x() {
        try {
            return JSON.readTree(publicJwk).path("x").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("signing key " + kid + " has no readable public JWK", e);
        }
    }
}
