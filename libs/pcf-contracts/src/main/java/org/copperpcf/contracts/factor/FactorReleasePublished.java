package org.copperpcf.contracts.factor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A factor release was published: the full, immutable content of the release, so that the latest record per
 * release id is enough to rebuild a replica.
 *
 * @param releaseId   the aggregate id and record key
 * @param name        the release name clients pin, e.g. {@code CN-2025.1}
 * @param version     the aggregate version; replicas ignore anything older than what they hold
 * @param publishedAt when the release was frozen
 * @param factors     every factor in the release
 * @param description what the release is (added after the first v1 shape)
 * @param gwpSets     the GWP100 sets consumers characterise per-gas values with (added after the first v1 shape)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactorReleasePublished(UUID releaseId, String name, long version, Instant publishedAt,
                                     List<ReleasedFactor> factors, String description, List<GwpSet> gwpSets) {

    public FactorReleasePublished(UUID releaseId, String name, long version, Instant publishedAt,
                                  List<ReleasedFactor> factors) {
        this(releaseId, name, version, publishedAt, factors, null, null);
    }

    /** A set of GWP100 values, e.g. {@code AR6}, keyed by gas code ({@code ch4_fossil}). */
    public record GwpSet(String name, Map<String, BigDecimal> gwp100) {
    }
}
