package org.copperpcf.certification.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A review finding (major, minor or observation), open until closed with a resolution. */
@Entity
@Table(name = "application_finding")
public class ApplicationFinding extends PanacheEntityBase {
    public static final String MAJOR = "major";

    @Id
    public UUID id;
    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;
    @Column(nullable = false, updatable = false)
    public String severity;
    @Column(updatable = false)
    public String clause;
    @Column(nullable = false, updatable = false)
    public String text;
    @Column(name = "raised_by", nullable = false, updatable = false)
    public String raisedBy;
    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_at")
    public Instant closedAt;
    public String resolution;

    public static List<ApplicationFinding> of(UUID applicationId) {
        return find("applicationId = ?1 order by raisedAt, id", applicationId).list();
    }
}
