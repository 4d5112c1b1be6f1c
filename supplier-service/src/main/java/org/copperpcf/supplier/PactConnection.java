package org.copperpcf.supplier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Where a supplier's own PACT host is and how to authenticate there, so that supplier-service can pull the
 * supplier's footprints; with the outcome of the last pull. {@link #clientSecret} is sent to the partner and so kept
 * as given; it never leaves through the API or the log.
 */
@Entity
@Table(name = "pact_connection")
public class PactConnection extends PanacheEntityBase {

    @Id
    @Column(name = "supplier_id")
    public UUID supplierId;

    @Column(name = "base_url", nullable = false)
    public String baseUrl;

    @Column(name = "auth_base_url")
    public String authBaseUrl;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "client_secret", nullable = false)
    public String clientSecret;

    @Column(name = "certificate_pem")
    public String certificatePem;

    @Column(name = "api_version", nullable = false)
    public int apiVersion;

    @Column(name = "pull_interval_seconds", nullable = false)
    public long pullIntervalSeconds;

    @Column(nullable = false)
    public boolean enabled;

    /** The platform's product code for pulled footprints, as {@code ?product=} of the push import; may be null. */
    public String product;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_pull_id")
    public UUID lastPullId;

    @Column(name = "last_pull_at")
    public Instant lastPullAt;

    /** succeeded, partial (the partner failed midway; what came before is kept) or failed. */
    @Column(name = "last_outcome")
    public String lastOutcome;

    @Column(name = "last_fetched")
    public Integer lastFetched;

    @Column(name = "last_created")
    public Integer lastCreated;

    @Column(name = "last_skipped")
    public Integer lastSkipped;

    @Column(name = "last_invalid")
    public Integer lastInvalid;

    @Column(name = "last_error")
    public String lastError;

    @Version
    public long version;

    /** Enabled connections whose interval has passed since their last pull (or that never pulled). */
    public static List<PactConnection> due(Instant now) {
        return PactConnection.<PactConnection>list("enabled = true order by supplierId").stream()
                .filter(c -> c.lastPullAt == null || !c.lastPullAt.plusSeconds(c.pullIntervalSeconds).isAfter(now))
                .toList();
    }
}
