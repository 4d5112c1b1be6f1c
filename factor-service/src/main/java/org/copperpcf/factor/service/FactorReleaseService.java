package org.copperpcf.factor.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.factor.FactorRelease;
import org.copperpcf.factor.mapping.FactorReleaseMapper;
import org.copperpcf.factor.rest.PublishReleaseRequest;
import org.copperpcf.kit.outbox.Outbox;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Publishes releases: the release, its factors and the {@code FactorReleasePublished} event in one transaction. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class FactorReleaseService {
    static final String EVENT_SOURCE = "/factor-service";

    private final FactorReleaseMapper mapper;
    private final Outbox outbox;

    public FactorReleaseService(FactorReleaseMapper mapper, Outbox outbox) {
        this.mapper = mapper;
        this.outbox = outbox;
    }

    public FactorRelease publish(PublishReleaseRequest request) {
        rejectDuplicateKeys(request.factors());
        if (FactorRelease.findByName(request.name()).isPresent()) {
            throw ProblemException.conflict("RELEASE_EXISTS",
                    "a release named '" + request.name() + "' exists already; releases are immutable");
        }
        FactorRelease release = new FactorRelease();
        release.id = UUID.randomUUID();
        release.name = request.name();
        release.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        request.factors().forEach(input -> release.factors.add(mapper.toEntity(release, input)));
        release.persist();
        release.flush();
        outbox.add(EventTypes.FACTOR_RELEASE_PUBLISHED.topic(), CloudEvent.create(EventTypes.FACTOR_RELEASE_PUBLISHED,
                EVENT_SOURCE, release.id.toString(), mapper.toEvent(release)));
        Log.infof("Published factor release %s (%s) with %d factors", release.name, release.id, release.factors.size());
        return release;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<FactorRelease> find(String name) {
        return FactorRelease.findByName(name);
    }

    @Transactional(TxType.SUPPORTS)
    public List<FactorRelease> newestFirst(int limit) {
        return FactorRelease.newestFirst(limit);
    }

    private static void rejectDuplicateKeys(List<PublishReleaseRequest.Factor> factors) {
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Violation> duplicates = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            Integer first = firstIndex.putIfAbsent(factors.get(i).key(), i);
            if (first != null) {
                duplicates.add(new Violation("factors[" + i + "].key",
                        "duplicate key '" + factors.get(i).key() + "', first at factors[" + first + "]"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ProblemException.invalid(duplicates);
        }
    }
}
