package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a certificate's history: issued, suspended, reinstated or revoked, by whom and why. */
@Entity
@Table(name = "certificate_transition")
public class CertificateTransition extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "certificate_id", nullable = false, updatable = false)
    public String certificateId;
    @Column(name = "from_status", updatable = false)
    public String fromStatus;
    @Column(name = "to_status", nullable = false, updatable = false)
    public String toStatus;
    @Column(nullable = false, updatable = false)
    public String reason;
    @Column(nullable = false, updatable = false)
    public String actor;
    @Column(nullable = false, updatable = false)
    public Instant at;

    public static List<CertificateTransition> of(String certificateId) {
        return find("certificateId = ?1 order by at, id", certificateId).list();
    }
}
