package org.copperpcf.certification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.certification.evaluation.CriterionResult;
import org.copperpcf.certification.model.Evaluation;
import org.copperpcf.certification.service.EvaluationService;

/** An evaluation as stored: the footprint version (with its result hash), the criteria set version, the results. */
public record EvaluationView(UUID id, UUID footprintId, UUID footprintVersionId, int footprintVersion,
                             String resultHash, CriteriaSetRef criteriaSet, String product, String overall,
                             List<CriterionResult> results, String evaluatedBy, Instant evaluatedAt) {
    public record CriteriaSetRef(String key, int version) {
    }

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.id, e.footprintId, e.footprintVersionId, e.footprintVersion, e.resultHash,
                new CriteriaSetRef(e.criteriaSetKey, e.criteriaSetVersion), e.product, e.overall,
                EvaluationService.results(e), e.evaluatedBy, e.evaluatedAt);
    }
}
