package org.copperpcf.supplier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A supplying organisation, registered by an admin. Read on every accepted disclosure (its companyIds go into the
 * event) and never edited, so it sits in Hibernate's second-level cache.
 */
@Entity
@Cacheable
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    /** Unified Social Credit Code, validated with its check character. */
    public String uscc;

    /** Other identifiers as URNs (GLN, DUNS, …). */
    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "supplier_identifier", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "urn")
    @OrderBy
    public List<String> identifiers = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static List<Supplier> page(String afterName, UUID afterId, int limit) {
        if (afterId == null) {
            return find("order by nameEn, id").page(0, limit).list();
        }
        return find("nameEn > ?1 or (nameEn = ?1 and id > ?2) order by nameEn, id", afterName, afterId)
                .page(0, limit).list();
    }
}
