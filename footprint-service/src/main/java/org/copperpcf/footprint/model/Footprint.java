package org.copperpcf.footprint.model;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What to compute: a template with its parameters, a factor release (pinned or {@code latest}) and a GWP set. */
@Entity
@Table(name = "footprint")
public class Footprint extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "template_key", nullable = false, updatable = false)
    public String templateKey;

    @Column(name = "template_version", updatable = false)
    public Integer templateVersion;

    /** The parameter values set, as a JSON object of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String parameters;

    @Column(name = "factor_release", nullable = false, updatable = false)
    public String factorRelease;

    @Column(name = "gwp_set", nullable = false, updatable = false)
    public String gwpSet;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
