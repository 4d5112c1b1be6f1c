package org.copperpcf.inventory.replica;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The keys and activity units of the factor releases factor-service published, replicated from their events.
 * Exchanges are validated against it, so inventory-service never calls factor-service.
 */
@ApplicationScoped
public class FactorCatalog {
    /** What an exchange needs to know about a factor. */
    public record KnownFactor(String key, String unit, String name) {
    }

    /** Applies a {@code FactorReleasePublished} event; an older version than the one held changes nothing. */
    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        FactorReleasePublished release = event.dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED);
        EntityManager em = Panache.getEntityManager();
        List<?> held = em.createNativeQuery("select version from factor_release_replica where release_id = ?1")
                .setParameter(1, release.releaseId()).getResultList();
        if (!held.isEmpty() && ((Number) held.get(0)).longValue() >= release.version()) {
            Log.infof("Factor catalog: ignored %s v%d, holding v%s", release.name(), release.version(), held.get(0));
            return;
        }
        em.createNativeQuery("delete from factor_release_replica where release_id = ?1")
                .setParameter(1, release.releaseId()).executeUpdate();
        em.createNativeQuery("insert into factor_release_replica (release_id, name, version, published_at, "
                        + "received_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, release.releaseId()).setParameter(2, release.name())
                .setParameter(3, release.version()).setParameter(4, release.publishedAt())
                .setParameter(5, Instant.now()).executeUpdate();
        for (ReleasedFactor factor : release.factors()) {
            em.createNativeQuery("insert into factor_key_replica (release_id, factor_key, unit, name) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, release.releaseId()).setParameter(2, factor.key())
                    .setParameter(3, factor.unit()).setParameter(4, factor.name()).executeUpdate();
        }
        Log.infof("Factor catalog: release %s v%d with %d factors", release.name(), release.version(),
                release.factors().size());
    }

    /** Whether a release of this name has arrived. */
    @Transactional(TxType.SUPPORTS)
    public boolean hasRelease(String name) {
        return !Panache.getEntityManager().createNativeQuery("select 1 from factor_release_replica where name = ?1")
                .setParameter(1, name).getResultList().isEmpty();
    }

    /** The factors of a release by key, or empty when the release is unknown here. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Map<String, KnownFactor>> factorsOf(String releaseName) {
        if (!hasRelease(releaseName)) {
            return Optional.empty();
        }
        List<?> rows = Panache.getEntityManager().createNativeQuery("select k.factor_key, k.unit, k.name from "
                        + "factor_key_replica k join factor_release_replica r using (release_id) where r.name = ?1")
                .setParameter(1, releaseName).getResultList();
        Map<String, KnownFactor> factors = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            factors.put((String) columns[0], new KnownFactor((String) columns[0], (String) columns[1],
                    (String) columns[2]));
        }
        return Optional.of(factors);
    }
}
