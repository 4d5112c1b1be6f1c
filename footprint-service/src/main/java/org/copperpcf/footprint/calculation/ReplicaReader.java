package org.copperpcf.footprint.calculation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.footprint.replica.ReplicatedFactorRelease;
import org.copperpcf.footprint.replica.ReplicatedInventory;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Reads the replicas for calculations. Which version is current is asked of the database (several instances
 * share it) once per transaction: a recalculation batch runs in one transaction, so its footprints look each
 * template, process and release up once, and a replica change within the transaction forgets those answers. The
 * parsed content of a version, which never changes, is kept in memory by id, so a recalculation wave parses each
 * template, process and release once.
 */
@ApplicationScoped
public class ReplicaReader {
    private static final int CACHE_LIMIT = 2_000;
    private static final String TEMPLATE = "template";
    private static final String PROCESS = "process";
    /** The key of this transaction's lookups in the transaction's resources. */
    private static final Object LOOKUPS = new Object();

    private final Map<UUID, Release> releases = new ConcurrentHashMap<>();
    private final Map<UUID, Object> models = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public ReplicaReader(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** A factor release with its factors by key. */
    public record Release(UUID id, String name, long version, FactorReleasePublished content,
                          Map<String, ReleasedFactor> factors) {
    }

    /** A template or process version. */
    public record Versioned<T>(UUID id, String key, int version, String contentHash, T model) {
    }

    /** By name, or the newest published release for {@code latest}. */
    public Optional<Release> release(String name) {
        return lookup("release " + name, () -> releaseId(name)).map(this::release);
    }

    private Optional<UUID> releaseId(String name) {
        List<UUID> ids = FootprintSpecification.LATEST.equals(name)
                ? Panache.getEntityManager().createQuery("select r.releaseId from ReplicatedFactorRelease r "
                        + "where r.content is not null order by r.publishedAt desc, r.name", UUID.class)
                        .setMaxResults(1).getResultList()
                : Panache.getEntityManager().createQuery("select r.releaseId from ReplicatedFactorRelease r "
                        + "where r.name = :name and r.content is not null order by r.version desc", UUID.class)
                        .setParameter("name", name).setMaxResults(1).getResultList();
        return ids.stream().findFirst();
    }

    /** A release by id, if the replica holds it with its content. */
    public Optional<Release> releaseIfPresent(UUID id) {
        boolean held = !Panache.getEntityManager().createQuery("select r.releaseId from ReplicatedFactorRelease r "
                + "where r.releaseId = :id and r.content is not null", UUID.class).setParameter("id", id)
                .getResultList().isEmpty();
        return held ? Optional.of(release(id)) : Optional.empty();
    }

    /** A release by id that the replica is known to hold. */
    public Release release(UUID id) {
        return bounded(releases).computeIfAbsent(id, releaseId -> {
            ReplicatedFactorRelease row = ReplicatedFactorRelease.findById(releaseId);
            FactorReleasePublished content = EventJson.fromJson(row.content, FactorReleasePublished.class);
            Map<String, ReleasedFactor> byKey = new HashMap<>();
            content.factors().forEach(factor -> byKey.put(factor.key(), factor));
            return new Release(row.releaseId, content.name(), content.version(), content, Map.copyOf(byKey));
        });
    }

    public Optional<Versioned<TemplateModel>> template(String key, Integer version) {
        return versioned(TEMPLATE, key, version, TemplateModel.class);
    }

    public Optional<Versioned<ProcessModel>> process(String key, Integer version) {
        return versioned(PROCESS, key, version, ProcessModel.class);
    }

    private <T> Optional<Versioned<T>> versioned(String kind, String key, Integer version, Class<T> type) {
        return lookup(kind + " " + key + " " + version, () -> readVersioned(kind, key, version, type));
    }

    private <T> Optional<Versioned<T>> readVersioned(String kind, String key, Integer version, Class<T> type) {
        var query = Panache.getEntityManager().createQuery("select i.versionId, i.version, i.contentHash "
                        + "from ReplicatedInventory i where i.kind = :kind and i.modelKey = :key"
                        + (version == null ? "" : " and i.version = :version") + " order by i.version desc",
                        Object[].class)
                .setParameter("kind", kind).setParameter("key", key).setMaxResults(1);
        if (version != null) {
            query.setParameter("version", version);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(row -> {
            UUID id = (UUID) row[0];
            T model = type.cast(bounded(models).computeIfAbsent(id, versionId -> EventJson.fromJson(
                    ReplicatedInventory.<ReplicatedInventory>findById(versionId).model, type)));
            return new Versioned<>(id, key, (Integer) row[1], (String) row[2], model);
        });
    }

    /** A replica changed in this transaction: what was current may not be any more. */
    void onReplicaChange(@Observes ReplicaChanged change) {
        if (active()) {
            transactions.putResource(LOOKUPS, null);
        }
    }

    /** The answer this transaction already got, or a new one from the database (remembered while it runs). */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> lookup(String what, Supplier<Optional<T>> read) {
        if (!active()) {
            return read.get();
        }
        Map<String, Optional<?>> lookups = (Map<String, Optional<?>>) transactions.getResource(LOOKUPS);
        if (lookups == null) {
            lookups = new HashMap<>();
            transactions.putResource(LOOKUPS, lookups);
        }
        Optional<?> known = lookups.get(what);
        if (known == null) {
            known = read.get();
            lookups.put(what, known);
        }
        return (Optional<T>) known;
    }

    private boolean active() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /** The caches hold immutable content; past the limit they start over rather than grow without end. */
    private static <K, V> Map<K, V> bounded(Map<K, V> cache) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache;
    }
}
