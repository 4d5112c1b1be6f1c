package org.copperpcf.contracts.factor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A factor release was published: the full, immutable content of the release, so that the latest record per
 * release id is enough to rebuild a replica.
 *
 * @param releaseId   the aggregate id and record key
 * @param name        the release name clients pin, e.g. {@code CN-2025.1}
 * @param version     the aggregate version; replicas ignore anything older than what they hold
 * @param publishedAt when the release was frozen
 * @param factors     every factor in the release
 */
public record FactorReleasePublished(UUID releaseId, String name, long version, Instant publishedAt,
                                     List<ReleasedFactor> factors) {
}
