package org.copperpcf.certification.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.evaluation.Criterion;
import org.copperpcf.certification.model.CriteriaSet;
import org.copperpcf.certification.model.EnergyBenchmark;
import org.copperpcf.certification.rest.NewCriteriaSetRequest;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Criteria sets as versioned data: publishing adds the next version of a key; no version is ever changed. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class CriteriaSetService {

    /** Validates every criterion (each problem named by its field) and stores the next version of the key. */
    public CriteriaSet publish(NewCriteriaSetRequest request, String actor) {
        List<Violation> violations = Criterion.check(request.criteria(),
                code -> EnergyBenchmark.findByIdOptional(code).isPresent());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        int next = CriteriaSet.latest(request.key()).map(set -> set.version + 1).orElse(1);
        CriteriaSet set = new CriteriaSet();
        set.id = UUID.randomUUID();
        set.key = request.key();
        set.version = next;
        set.product = request.product();
        set.title = request.title();
        set.description = request.description();
        set.criteria = EventJson.toJson(request.criteria());
        set.createdBy = actor;
        set.createdAt = Instant.now();
        set.persist();
        Log.infof("Criteria set %s v%d published by %s (%d criteria)", set.key, set.version, actor,
                request.criteria().size());
        return set;
    }

    @Transactional(TxType.SUPPORTS)
    public List<CriteriaSet> all() {
        return CriteriaSet.all();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<CriteriaSet> find(String key, int version) {
        return CriteriaSet.find(key, version);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<CriteriaSet> latest(String key) {
        return CriteriaSet.latest(key);
    }

    public static List<Criterion> criteria(CriteriaSet set) {
        return Arrays.asList(EventJson.fromJson(set.criteria, Criterion[].class));
    }
}
