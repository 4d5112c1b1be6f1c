package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import org.copperpcf.kit.pact.PactPartner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How footprint-service reaches the own PACT host of one of its PACT clients: the events endpoint's base URL, where
 * and as whom to authenticate there (optional: without credentials events go anonymously), a pinned development
 * certificate (optional), and whether the partner wants a PublishedEvent for each new footprint version.
 */
@Entity
@Table(name = "pact_partner")
public class PactPartnerSettings extends PanacheEntityBase {
    /** The PACT client (of our client registry) these settings belong to. */
    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "events_base_url", nullable = false)
    public String eventsBaseUrl;

    @Column(name = "auth_base_url")
    public String authBaseUrl;

    @Column(name = "outbound_client_id")
    public String outboundClientId;

    /** Never returned through the API. */
    @Column(name = "outbound_secret")
    public String outboundSecret;

    @Column(name = "certificate_pem")
    public String certificatePem;

    @Column(name = "notify_on_published", nullable = false)
    public boolean notifyOnPublished;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The kit client's view of these settings. */
    public PactPartner.Connection connection() {
        return new PactPartner.Connection(URI.create(eventsBaseUrl), Optional.ofNullable(authBaseUrl).map(URI::create),
                Optional.ofNullable(outboundClientId), Optional.ofNullable(outboundSecret),
                Optional.ofNullable(certificatePem));
    }
}
