package org.copperpcf.inventory.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copperpcf.inventory.replica.FactorCatalog.KnownFactor;
import org.copperpcf.kit.inventory.ProductSystem;
import org.copperpcf.kit.inventory.ScopedProcess;

/**
 * What a model is validated against: the published processes (plus, during an import, the processes of the same
 * file) and the factor releases replicated from factor-service.
 */
public interface ModelScope extends ProductSystem.Resolver {

    /** A process by key: the pinned version, or the one in the same batch, or else the latest published one. */
    @Override
    Optional<ScopedProcess> process(String key, Integer version);

    /** Every process that makes {@code product}, one per key. */
    List<ScopedProcess> providersOf(String product);

    /** The factors of a release by key; empty when that release has not arrived. */
    Optional<Map<String, KnownFactor>> factors(String releaseName);

    @Override
    default boolean hasFactorWithPrefix(String release, String prefix) {
        return factors(release).map(known -> known.keySet().stream().anyMatch(key -> key.startsWith(prefix)))
                .orElse(false);
    }
}
