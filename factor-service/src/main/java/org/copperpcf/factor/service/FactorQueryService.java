package org.copperpcf.factor.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.copperpcf.factor.Factor;
import org.copperpcf.factor.FactorRelease;
import org.copperpcf.factor.mapping.FactorMapper;
import org.copperpcf.factor.model.FactorCategory;
import org.copperpcf.factor.rest.FactorInput;
import org.copperpcf.factor.rest.FactorView;
import org.copperpcf.kit.problem.ProblemException;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Reads factors. Published releases never change, so their factors are held in memory once read (per GWP set):
 * a get by key is a map lookup. Factors whose licence forbids passing them on are shown to admins only.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class FactorQueryService {
    private static final Duration LATEST_TTL = Duration.ofSeconds(1);

    private final FactorMapper mapper;
    private final GwpCatalog gwp;
    private final Map<String, ReleaseRef> publishedByName = new ConcurrentHashMap<>();
    private final Map<String, Map<String, FactorView>> publishedViews = new ConcurrentHashMap<>();
    private volatile ReleaseRef latest;
    private volatile Instant latestCheckedAt = Instant.EPOCH;

    public FactorQueryService(FactorMapper mapper, GwpCatalog gwp) {
        this.mapper = mapper;
        this.gwp = gwp;
    }

    /** The GWP set's checked name; null means the default. */
    public String gwpSet(String name) {
        return gwp.resolve(name);
    }

    /** A release by name, or {@code latest}; published ones are remembered. */
    public record ReleaseRef(UUID id, String name, boolean published) {
    }

    /** Filters of a factor search; null means "any". */
    public record Criteria(String keyPrefix, FactorCategory category, String geography, Integer year, String text) {
    }

    /** One page of a search; {@code nextCursor} is null on the last page. */
    public record Page(List<FactorView> items, String nextCursor) {
    }

    public Optional<ReleaseRef> release(String name) {
        if (FactorRelease.LATEST.equals(name)) {
            if (latest == null || Instant.now().isAfter(latestCheckedAt.plus(LATEST_TTL))) {
                latest = FactorRelease.findByName(name).map(FactorQueryService::ref).orElse(null);
                latestCheckedAt = Instant.now();
            }
            return Optional.ofNullable(latest);
        }
        ReleaseRef known = publishedByName.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ReleaseRef> found = FactorRelease.findByName(name).map(FactorQueryService::ref);
        found.filter(ReleaseRef::published).ifPresent(ref -> publishedByName.put(name, ref));
        return found;
    }

    /**
     * The factor from memory alone, without touching the database: present only when the release is published and
     * already read, and the GWP sets are loaded. Lets the hot read path answer on the I/O thread.
     */
    public Optional<FactorView> cachedView(String releaseName, String key, String gwpSet, boolean admin) {
        ReleaseRef release = FactorRelease.LATEST.equals(releaseName)
                ? (Instant.now().isAfter(latestCheckedAt.plus(LATEST_TTL)) ? null : latest)
                : publishedByName.get(releaseName);
        if (release == null || !release.published() || !gwp.isLoaded()) {
            return Optional.empty();
        }
        String set;
        try {
            set = gwp.resolve(gwpSet);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Map<String, FactorView> views = publishedViews.get(release.id() + "/" + set);
        if (views == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(views.get(key)).filter(view -> admin || view.redistributable());
    }

    /** The release that was newest at {@code instant}: what a client saw then. */
    public Optional<ReleaseRef> releaseAsOf(Instant instant) {
        return FactorRelease.latestPublishedAt(instant).map(FactorQueryService::ref);
    }

    public Optional<FactorView> get(ReleaseRef release, String key, String gwpSet, boolean admin) {
        String set = gwp.resolve(gwpSet);
        FactorView view = release.published()
                ? publishedViews.computeIfAbsent(release.id() + "/" + set, k -> loadViews(release, set)).get(key)
                : FactorRelease.<FactorRelease>findByIdOptional(release.id())
                        .flatMap(r -> Factor.find(r, key)).map(f -> mapper.toView(f, release.name(), set)).orElse(null);
        return Optional.ofNullable(view).filter(v -> admin || v.redistributable());
    }

    public Page search(ReleaseRef release, Criteria criteria, String afterKey, int limit, String gwpSet, boolean admin) {
        String set = gwp.resolve(gwpSet);
        StringBuilder query = new StringBuilder("release.id = :release and key > :after");
        Parameters parameters = Parameters.with("release", release.id()).and("after", afterKey == null ? "" : afterKey);
        if (!admin) {
            query.append(" and redistributable = true");
        }
        if (criteria.keyPrefix() != null) {
            query.append(" and key like :prefix");
            parameters.and("prefix", criteria.keyPrefix().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (criteria.category() != null) {
            query.append(" and category = :category");
            parameters.and("category", criteria.category());
        }
        if (criteria.geography() != null) {
            query.append(" and (geography = :geography or gridRegion = :geography)");
            parameters.and("geography", criteria.geography().toUpperCase());
        }
        if (criteria.year() != null) {
            query.append(" and referenceYear = :year");
            parameters.and("year", criteria.year());
        }
        if (criteria.text() != null) {
            query.append(" and (lower(nameEn) like :text or nameZh like :rawText or key like :text)");
            parameters.and("text", "%" + criteria.text().toLowerCase() + "%").and("rawText", "%" + criteria.text() + "%");
        }
        List<Factor> found = Factor.<Factor>find(query + " order by key", parameters).page(0, limit + 1).list();
        List<FactorView> items = new ArrayList<>();
        for (Factor factor : found.subList(0, Math.min(limit, found.size()))) {
            items.add(mapper.toView(factor, release.name(), set));
        }
        String next = found.size() > limit ? items.get(items.size() - 1).key() : null;
        return new Page(items, next);
    }

    /** Every factor of a release in the table format, for the CSV export. */
    public List<FactorInput> export(ReleaseRef release, boolean admin) {
        FactorRelease entity = FactorRelease.findById(release.id());
        return Factor.allOf(entity).stream().filter(f -> admin || f.redistributable).map(mapper::toInput).toList();
    }

    /** All factors of a release the caller may see, for selecting one by its attributes. */
    public List<Factor> candidates(ReleaseRef release, FactorCategory category, boolean admin) {
        return Factor.<Factor>list("release.id = ?1 and category = ?2 order by key", release.id(), category).stream()
                .filter(f -> admin || f.redistributable).toList();
    }

    private Map<String, FactorView> loadViews(ReleaseRef release, String set) {
        FactorRelease entity = FactorRelease.findById(release.id());
        if (entity == null) {
            throw ProblemException.notFound("factor release", release.name());
        }
        Map<String, FactorView> views = new LinkedHashMap<>();
        Factor.allOf(entity).forEach(factor -> views.put(factor.key, mapper.toView(factor, release.name(), set)));
        return Map.copyOf(views);
    }

    private static ReleaseRef ref(FactorRelease release) {
        return new ReleaseRef(release.id, release.name, release.isPublished());
    }
}
