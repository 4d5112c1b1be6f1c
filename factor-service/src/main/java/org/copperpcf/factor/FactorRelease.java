package org.copperpcf.factor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A published, immutable set of emission factors that clients pin by name. */
@Entity
@Table(name = "factor_release")
public class FactorRelease extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String name;

    @Version
    public long version;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    @OneToMany(mappedBy = "release", cascade = CascadeType.PERSIST, orphanRemoval = false)
    @OrderBy("key")
    public List<ReleaseFactor> factors = new ArrayList<>();

    public static Optional<FactorRelease> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<FactorRelease> newestFirst(int limit) {
        return find("order by publishedAt desc, name").page(0, limit).list();
    }
}
