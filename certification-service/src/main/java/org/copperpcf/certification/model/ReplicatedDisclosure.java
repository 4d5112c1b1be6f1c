package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest state of an accepted disclosure as DisclosureAccepted carried it: accepted, superseded or withdrawn. */
@Entity
@Table(name = "replica_disclosure")
public class ReplicatedDisclosure extends PanacheEntityBase {
    @Id
    @Column(name = "disclosure_id")
    public UUID disclosureId;
    @Column(nullable = false)
    public long version;
    @Column(nullable = false)
    public String status;
    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;
    @Column(name = "facility_id")
    public UUID facilityId;
    /** The whole DisclosureAccepted payload (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;
    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The facility's name as its newest replicated disclosure gives it. */
    public static Optional<String> facilityName(UUID supplierId, UUID facilityId) {
        return Panache.getEntityManager().createNativeQuery("select content -> 'facility' ->> 'name' from "
                        + "replica_disclosure where supplier_id = ?1 and facility_id = ?2 order by received_at desc "
                        + "limit 1", String.class)
                .setParameter(1, supplierId).setParameter(2, facilityId).getResultStream()
                .map(String.class::cast).findFirst();
    }
}
