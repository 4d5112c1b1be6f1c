package org.copperpcf.footprint.model;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which signature covers a footprint version (V14); written with the signature, never changed. */
@Entity
@Table(name = "footprint_signature")
public class FootprintVersionSignature extends PanacheEntityBase {
    @Id
    @Column(name = "version_id")
    public UUID versionId;

    @Column(name = "batch_id", nullable = false, updatable = false)
    public UUID batchId;
}
