package org.copperpcf.certification.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.evaluation.CriterionResult;
import org.copperpcf.certification.evaluation.Evaluator;
import org.copperpcf.certification.model.CriteriaSet;
import org.copperpcf.certification.model.EnergyBenchmark;
import org.copperpcf.certification.model.Evaluation;
import org.copperpcf.certification.model.ReplicatedFootprintVersion;
import org.copperpcf.certification.rest.EvaluationRequest;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Evaluates a replicated footprint version against a criteria set version and stores the result for good. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class EvaluationService {
    private final Evaluator evaluator = new Evaluator(
            code -> EnergyBenchmark.<EnergyBenchmark>findByIdOptional(code).map(EnergyBenchmark::toBenchmark));

    public Evaluation evaluate(EvaluationRequest request, String actor) {
        ReplicatedFootprintVersion replica = ReplicatedFootprintVersion
                .<ReplicatedFootprintVersion>findByIdOptional(request.footprintVersionId())
                .orElseThrow(() -> ProblemException.notFound("footprint version", request.footprintVersionId()));
        CriteriaSet set = (request.version() == null ? CriteriaSet.latest(request.criteriaSet())
                : CriteriaSet.find(request.criteriaSet(), request.version()))
                .orElseThrow(() -> ProblemException.notFound("criteria set", request.criteriaSet()
                        + (request.version() == null ? "" : " v" + request.version())));
        if (!set.product.equals(replica.product)) {
            throw new ProblemException(422, "PRODUCT_MISMATCH", "Criteria set is for another product",
                    "criteria set " + set.key + " v" + set.version + " is for " + set.product + ", footprint version "
                            + replica.versionId + " is " + replica.product,
                    List.of(new Violation("criteriaSet", "is for " + set.product + ", not " + replica.product)));
        }
        FootprintPublished footprint = FootprintReplicaService.content(replica);
        Evaluator.Outcome outcome = evaluator.evaluate(footprint, CriteriaSetService.criteria(set));
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.footprintId = replica.footprintId;
        evaluation.footprintVersionId = replica.versionId;
        evaluation.footprintVersion = replica.version;
        evaluation.resultHash = replica.resultHash;
        evaluation.criteriaSetId = set.id;
        evaluation.criteriaSetKey = set.key;
        evaluation.criteriaSetVersion = set.version;
        evaluation.product = replica.product;
        evaluation.overall = outcome.overall();
        evaluation.results = EventJson.toJson(outcome.results());
        evaluation.evaluatedBy = actor;
        evaluation.evaluatedAt = Instant.now();
        evaluation.persist();
        Log.infof("Evaluation %s: footprint version %s against %s v%d by %s: %s", evaluation.id, replica.versionId,
                set.key, set.version, actor, outcome.overall());
        return evaluation;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Evaluation> find(UUID id) {
        return Evaluation.findByIdOptional(id);
    }

    public static List<CriterionResult> results(Evaluation evaluation) {
        return Arrays.asList(EventJson.fromJson(evaluation.results, CriterionResult[].class));
    }
}
