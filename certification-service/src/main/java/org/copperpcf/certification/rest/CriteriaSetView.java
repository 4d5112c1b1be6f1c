package org.copperpcf.certification.rest;

import java.time.Instant;
import java.util.List;

import org.copperpcf.certification.evaluation.Criterion;
import org.copperpcf.certification.model.CriteriaSet;
import org.copperpcf.certification.service.CriteriaSetService;

public record CriteriaSetView(String key, int version, String product, String title, String description,
                              List<Criterion> criteria, String createdBy, Instant createdAt) {
    static CriteriaSetView of(CriteriaSet set) {
        return new CriteriaSetView(set.key, set.version, set.product, set.title, set.description,
                CriteriaSetService.criteria(set), set.createdBy, set.createdAt);
    }
}
