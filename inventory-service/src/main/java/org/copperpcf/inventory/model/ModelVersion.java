package org.copperpcf.inventory.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of a process or template: a draft while it is edited, frozen once published (a database trigger
 * refuses any later change). {@code model} is the JSON document; the other columns are copies for search.
 */
@Entity
@Table(name = "model_version")
public class ModelVersion extends PanacheEntityBase {
    public enum Status { DRAFT, PUBLISHED }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "model_key", nullable = false, updatable = false)
    public String modelKey;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(nullable = false)
    public String product;

    public String route;
    public String stage;
    public String geography;
    public String dataset;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String model;

    @Column(name = "content_hash")
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public String warnings;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Version
    @Column(name = "row_version")
    public long rowVersion;

    public ModelKind modelKind() {
        return ModelKind.ofCode(kind);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public static Optional<ModelVersion> find(ModelKind kind, String key, int version) {
        return find("kind = ?1 and modelKey = ?2 and version = ?3", kind.code(), key, version).firstResultOptional();
    }

    public static Optional<ModelVersion> latestPublished(ModelKind kind, String key) {
        return find("kind = ?1 and modelKey = ?2 and status = ?3", Sort.descending("version"), kind.code(), key,
                Status.PUBLISHED).firstResultOptional();
    }

    public static Optional<ModelVersion> draft(ModelKind kind, String key) {
        return find("kind = ?1 and modelKey = ?2 and status = ?3", kind.code(), key, Status.DRAFT)
                .firstResultOptional();
    }

    public static List<ModelVersion> versions(ModelKind kind, String key) {
        return list("kind = ?1 and modelKey = ?2", Sort.ascending("version"), kind.code(), key);
    }

    public static int nextVersion(ModelKind kind, String key) {
        Integer max = getEntityManager()
                .createQuery("select max(v.version) from ModelVersion v where v.kind = ?1 and v.modelKey = ?2",
                        Integer.class)
                .setParameter(1, kind.code()).setParameter(2, key).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The latest published version of every process making {@code product}. */
    public static List<ModelVersion> latestPublishedProcessesMaking(String product) {
        return list("from ModelVersion v where v.kind = ?1 and v.product = ?2 and v.status = ?3 and v.version = "
                        + "(select max(o.version) from ModelVersion o where o.kind = v.kind and o.modelKey = v.modelKey "
                        + "and o.status = ?3) order by v.modelKey", ModelKind.PROCESS.code(), product,
                Status.PUBLISHED);
    }
}
